package pl.wizyty.base;

import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one place that opens a transaction by hand. Use cases carry {@code @Transactional}; only a retry over desks
 * needs each try to commit or roll back on its own (a try that lost its slot to someone else rolls back whole, and on
 * PostgreSQL a failed statement spoils the rest of its transaction), so the loop runs outside a transaction and each
 * try runs in a new one here.
 */
@Component
public class SeparateTransactions {

    private final TransactionTemplate newTransaction;

    SeparateTransactions(PlatformTransactionManager transactionManager) {
        this.newTransaction = new TransactionTemplate(transactionManager);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Runs the work in a transaction of its own, committed when it returns and rolled back when it throws. */
    public <T> T inNew(Supplier<T> work) {
        return newTransaction.execute(status -> work.get());
    }
}

package pl.wizyty.consent;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConsentRecordRepository extends JpaRepository<ConsentRecord, Long> {

    /** The history of one visitor's choices, newest first. */
    List<ConsentRecord> findByConsentIdOrderByDecidedAtDescIdDesc(String consentId);

    Optional<ConsentRecord> findFirstByConsentIdOrderByDecidedAtDescIdDesc(String consentId);

    Optional<ConsentRecord> findFirstByAccountIdOrderByDecidedAtDescIdDesc(long accountId);
}

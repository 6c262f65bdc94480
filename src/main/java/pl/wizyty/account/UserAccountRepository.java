package pl.wizyty.account;

import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByEmail(String email);

    /** The account with its row locked until commit, so that parallel failed sign-ins count one by one. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from UserAccount a where a.email = :email")
    Optional<UserAccount> findByEmailForUpdate(@Param("email") String email);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from UserAccount a where a.id = :id")
    Optional<UserAccount> findByIdForUpdate(@Param("id") long id);

    boolean existsByEmail(String email);

    Page<UserAccount> findByRoleIn(java.util.Collection<String> roles, Pageable pageable);

    boolean existsByRole(String role);

    @Query("""
            select a from UserAccount a where a.role <> 'RESIDENT'
                and (lower(a.email) like :text or lower(concat(a.firstName, ' ', a.lastName)) like :text)
            order by a.lastName asc, a.firstName asc, a.id asc""")
    List<UserAccount> searchStaff(@Param("text") String text, Pageable page);

    @Query("""
            select count(a) from UserAccount a where a.role <> 'RESIDENT'
                and (lower(a.email) like :text or lower(concat(a.firstName, ' ', a.lastName)) like :text)""")
    long countStaff(@Param("text") String text);

    @Query("""
            select a from UserAccount a where a.role = 'RESIDENT' and a.phoneKey = :key
            order by a.lastNameKey asc, a.firstNameKey asc, a.id asc""")
    List<UserAccount> findResidentsByPhoneKey(@Param("key") String key, Pageable page);

    @Query("""
            select a from UserAccount a where a.role = 'RESIDENT' and a.lastNameKey like :last
                and a.firstNameKey like :first
            order by a.lastNameKey asc, a.firstNameKey asc, a.id asc""")
    List<UserAccount> findResidentsByName(@Param("last") String lastPrefix, @Param("first") String firstPrefix,
            Pageable page);

    @Query("""
            select a from UserAccount a where a.role = 'RESIDENT' and a.firstNameKey like :first
            order by a.firstNameKey asc, a.lastNameKey asc, a.id asc""")
    List<UserAccount> findResidentsByFirstName(@Param("first") String firstPrefix, Pageable page);
}

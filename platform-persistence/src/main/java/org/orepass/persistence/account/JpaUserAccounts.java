package org.orepass.persistence.account;

import org.orepass.account.Role;
import org.orepass.account.UserAccount;
import org.orepass.account.UserAccounts;
import org.orepass.account.UserSearch;
import org.orepass.shared.PageQuery;
import org.orepass.shared.ResultPage;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JpaUserAccounts extends JpaRepository<UserAccount, Long>, UserAccounts {

    @Override
    default UserAccount add(UserAccount account) {
        return save(account);
    }

    @Override
    default ResultPage<UserAccount> search(UserSearch search, PageQuery page) {
        Page<UserAccount> result = findPage(search.textPattern(), search.role(), search.organisationId(),
                search.active(), PageRequest.of(page.page(), page.size(), Sort.by("username")));
        return new ResultPage<>(result.getContent(), page.page(), page.size(), result.getTotalElements());
    }

    @Query(value = """
            select u from UserAccount u join fetch u.organisation o
            where (lower(u.username) like :pattern escape '\\' or lower(u.fullName) like :pattern escape '\\'
                   or lower(coalesce(u.email, '')) like :pattern escape '\\')
              and (:role is null or :role member of u.roles)
              and (:organisationId is null or o.id = :organisationId)
              and (:active is null or u.active = :active)
            """, countQuery = """
            select count(u) from UserAccount u
            where (lower(u.username) like :pattern escape '\\' or lower(u.fullName) like :pattern escape '\\'
                   or lower(coalesce(u.email, '')) like :pattern escape '\\')
              and (:role is null or :role member of u.roles)
              and (:organisationId is null or u.organisation.id = :organisationId)
              and (:active is null or u.active = :active)
            """)
    Page<UserAccount> findPage(@Param("pattern") String pattern, @Param("role") Role role,
            @Param("organisationId") Long organisationId, @Param("active") Boolean active, Pageable pageable);

    @Override
    @Transactional
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = """
            update user_account set
              locked_until = case when failed_logins + 1 >= :maxFailures then :lockUntil else locked_until end,
              failed_logins = case when failed_logins + 1 >= :maxFailures then 0 else failed_logins + 1 end
            where lower(username) = lower(:username)
            """, nativeQuery = true)
    void registerFailedSignIn(@Param("username") String username, @Param("maxFailures") int maxFailures,
            @Param("lockUntil") java.time.Instant lockUntil);

    @Override
    @Transactional
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = """
            update user_account set failed_logins = 0, locked_until = null, last_login_at = :now
            where lower(username) = lower(:username)
            """, nativeQuery = true)
    void registerSuccessfulSignIn(@Param("username") String username, @Param("now") java.time.Instant now);
}

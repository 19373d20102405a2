package org.orepass.persistence.account;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import org.orepass.account.UserAccount;
import org.orepass.account.UserAccounts;
import org.orepass.account.UserSearch;
import org.orepass.shared.PageQuery;
import org.orepass.shared.ResultPage;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JpaUserAccounts extends JpaRepository<UserAccount, Long>, JpaSpecificationExecutor<UserAccount>,
        UserAccounts {

    @Override
    default UserAccount add(UserAccount account) {
        return save(account);
    }

    /** Only the filters the user set become SQL conditions; the page is read in user-name order by index. */
    @Override
    default ResultPage<UserAccount> search(UserSearch search, PageQuery page) {
        Specification<UserAccount> filters = (root, query, cb) -> {
            var conditions = new ArrayList<Predicate>();
            if (search.text() != null && !search.text().isBlank()) {
                var pattern = search.textPattern();
                conditions.add(cb.or(cb.like(root.get("username"), pattern, '\\'),
                        cb.like(cb.lower(root.get("fullName")), pattern, '\\'),
                        cb.like(cb.lower(root.get("email")), pattern, '\\')));
            }
            if (search.role() != null) {
                // A join, not "member of": PostgreSQL turns it into a hash join on the role index, where the
                // correlated sub-query "member of" produces is run once per candidate row.
                conditions.add(cb.equal(root.join("roles"), search.role()));
            }
            if (search.organisationId() != null) {
                conditions.add(cb.equal(root.get("organisation").get("id"), search.organisationId()));
            }
            if (search.active() != null) {
                conditions.add(cb.equal(root.get("active"), search.active()));
            }
            return cb.and(conditions.toArray(Predicate[]::new));
        };
        Page<UserAccount> result = findAll(filters, PageRequest.of(page.page(), page.size(), Sort.by("username")));
        return new ResultPage<>(result.getContent(), page.page(), page.size(), result.getTotalElements());
    }

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

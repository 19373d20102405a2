package org.orepass.web.browser;

import java.util.List;
import org.orepass.web.testing.PlatformTest;

/**
 * The page sweep of {@link PageSweepBrowserTest} for the remaining demo users (operator, exporter, CSO monitor,
 * auditor): the same checks, in a class of its own so that the second test JVM runs it beside the first half.
 */
@PlatformTest
class PageSweepTradersBrowserTest extends PageSweepBrowserTest {

    @Override
    List<String> users() {
        return USERS.subList(FIRST_USERS.size(), USERS.size());
    }

    @Override
    boolean sweepsAnonymous() {
        return false;
    }
}

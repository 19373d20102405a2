package org.orepass.web.testing;

import java.util.ArrayList;
import java.util.List;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * The SQL Hibernate prepares on the current thread while {@link #during} runs (installed for every platform test by
 * {@link PlatformTest}; records nothing otherwise). MockMvc serves a request on the test's thread, so a test sees
 * exactly the statements of its own request, not those of background jobs.
 */
public class RecordedStatements implements StatementInspector {

    private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();

    @Override
    public String inspect(String sql) {
        var recording = RECORDING.get();
        if (recording != null) {
            recording.add(sql);
        }
        return sql;
    }

    /** Runs the work and gives the statements it prepared, in order. */
    public static List<String> during(ThrowingRunnable work) throws Exception {
        var recording = new ArrayList<String>();
        RECORDING.set(recording);
        try {
            work.run();
        } finally {
            RECORDING.remove();
        }
        return recording;
    }

    /** A request or other step that may throw. */
    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }
}

import java.util.Arrays;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * What one sign-in costs the server: one PBKDF2-HMAC-SHA256 derivation (what Jakarta Security's
 * Pbkdf2PasswordHash computes) at the application's 120,000 iterations, against Pbkdf2PasswordHash's
 * default of 2,048 as the baseline, in the same JVM. Single-file program: java bench/PasswordHashCost.java
 */
public class PasswordHashCost {

    private static final int WARM_UP = 5;
    private static final int RUNS = 21;

    public static void main(String[] args) throws Exception {
        SecretKeyFactory pbkdf2 = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
        byte[] salt = new byte[32];
        for (int i = 0; i < WARM_UP; i++) {
            derive(pbkdf2, salt, 120_000); // lets the JIT compile the HMAC loop before anything is timed
        }
        double[] baselineRuns = new double[RUNS];
        double[] applicationRuns = new double[RUNS];
        for (int i = 0; i < RUNS; i++) { // interleaved, so a noisy moment hits both alike
            baselineRuns[i] = millis(pbkdf2, salt, 2_048);
            applicationRuns[i] = millis(pbkdf2, salt, 120_000);
        }
        double baseline = median(baselineRuns);
        double application = median(applicationRuns);
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf("| iterations | median ms per sign-in | sign-ins per second, upper bound for %d cores (not measured in parallel) |%n", cores);
        System.out.printf("|---|---|---|%n");
        System.out.printf("| 2,048 (baseline) | %.2f | %.0f |%n", baseline, cores * 1000 / baseline);
        System.out.printf("| 120,000 (application) | %.2f | %.0f |%n", application, cores * 1000 / application);
        System.out.printf("ratio application / baseline: %.1f%n", application / baseline);
    }

    private static double millis(SecretKeyFactory pbkdf2, byte[] salt, int iterations) throws Exception {
        long start = System.nanoTime();
        derive(pbkdf2, salt, iterations);
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static void derive(SecretKeyFactory pbkdf2, byte[] salt, int iterations) throws Exception {
        pbkdf2.generateSecret(new PBEKeySpec("a-password-of-13".toCharArray(), salt, iterations, 256)).getEncoded();
    }
}

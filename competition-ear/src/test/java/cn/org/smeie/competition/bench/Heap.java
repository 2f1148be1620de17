package cn.org.smeie.competition.bench;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The server's heap as the benchmarks measure it, and the medians they report. */
final class Heap {

    private Heap() {
    }

    /** Samples the live heap every so often until closed. */
    static Sampler sample(Duration every) {
        return new Sampler(every.toMillis());
    }

    /**
     * The peak of the live heap while it ran: every so often a full collection, then the heap in
     * use, which is then what the work keeps, not the garbage it makes on the way (a heap read at
     * random instants, or after G1's young collections, mostly shows how late the old generation was
     * collected). The few forced collections cost some tenths of a second each.
     */
    static final class Sampler implements AutoCloseable {

        private final Thread thread;
        private volatile boolean running = true;
        private final long before;
        private volatile long peak;
        private final List<Long> series = new CopyOnWriteArrayList<>();

        private Sampler(long every) {
            before = live();
            peak = before;
            thread = new Thread(() -> {
                while (running) {
                    try {
                        Thread.sleep(every);
                    } catch (InterruptedException e) {
                        return;
                    }
                    if (running) {
                        long live = live();
                        peak = Math.max(peak, live);
                        series.add(live / (1024 * 1024));
                    }
                }
            }, "heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        private static long live() {
            System.gc();
            return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        }

        /** The live heap when the sampling began: what the server held before the work. */
        long beforeMegabytes() {
            return before / (1024 * 1024);
        }

        long peakMegabytes() {
            return peak / (1024 * 1024);
        }

        /** The live heap at each sample, in megabytes: flat means nothing accumulates. */
        List<Long> series() {
            return List.copyOf(series);
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            thread.interrupt();
            thread.join();
        }
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

}

package cn.org.smeie.competition.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import javax.management.JMException;
import javax.management.ObjectName;

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
        private volatile String peakClasses = "";

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
                        if (live > peak) {
                            peak = live;
                            peakClasses = histogram(8);
                        }
                        series.add(live / (1024 * 1024));
                    }
                }
            }, "heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        /**
         * A full collection, then what the heap's pools held right after it, as the collector itself
         * reports (reading the heap in use afterwards would count what the job's threads allocated
         * before this thread got a core back: up to 150 MB more, seen in a run).
         */
        private static long live() {
            System.gc();
            return ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == MemoryType.HEAP)
                    .map(MemoryPoolMXBean::getCollectionUsage).filter(Objects::nonNull)
                    .mapToLong(MemoryUsage::getUsed).sum();
        }

        /** The classes that held the most of the heap at its peak (the JVM's class histogram, its first rows). */
        String peakClasses() {
            return peakClasses;
        }

        /** The first rows of the live objects' class histogram ({@code jcmd GC.class_histogram}). */
        private static String histogram(int rows) {
            try {
                Object text = ManagementFactory.getPlatformMBeanServer().invoke(
                        new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                        new Object[] {new String[0]}, new String[] {String[].class.getName()});
                return ((String) text).lines().limit(rows + 2L).collect(Collectors.joining("\n"));
            } catch (JMException e) {
                return "no class histogram: " + e;
            }
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

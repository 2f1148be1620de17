import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the server's CPU went during a load step: the execution samples of a Java Flight Recorder
 * recording of the server (bench/load/run.sh with LOAD_PROFILE=1), counted two ways —
 * <ul>
 *   <li>by layer: each sample goes to the first layer its stack passes through, read from the top (the
 *       method running) down, so a sample in the PostgreSQL driver called by EclipseLink called by the
 *       application counts as "JDBC driver";</li>
 *   <li>inclusive, by the application's methods: the share of samples whose stack holds the method at all.</li>
 * </ul>
 * Usage: java Profile.java RECORDING.jfr [lines, default 25]
 */
public class Profile {

    /** Layers by the start of a frame's class name; the first match from the top of the stack wins. */
    private static final Map<String, String> LAYERS = new LinkedHashMap<>();

    static {
        LAYERS.put("org.postgresql.", "JDBC driver (PostgreSQL)");
        LAYERS.put("com.sun.enterprise.resource.", "connection pool");
        LAYERS.put("com.sun.gjc.", "connection pool");
        LAYERS.put("org.eclipse.persistence.", "EclipseLink");
        LAYERS.put("org.hibernate.validator.", "Bean Validation");
        LAYERS.put("org.eclipse.yasson.", "JSON binding");
        LAYERS.put("org.glassfish.json.", "JSON binding");
        LAYERS.put("org.glassfish.jersey.", "JAX-RS (Jersey)");
        LAYERS.put("org.jboss.weld.", "CDI (Weld)");
        LAYERS.put("com.sun.ejb.", "EJB container");
        LAYERS.put("org.glassfish.ejb.", "EJB container");
        LAYERS.put("com.sun.enterprise.transaction.", "transactions");
        LAYERS.put("com.sun.jts.", "transactions");
        LAYERS.put("org.glassfish.soteria.", "security");
        LAYERS.put("com.sun.enterprise.security.", "security");
        LAYERS.put("org.apache.pdfbox.", "PDFBox");
        LAYERS.put("cn.org.smeie.", "application");
        LAYERS.put("org.glassfish.grizzly.", "HTTP (Grizzly)");
        LAYERS.put("org.apache.catalina.", "servlet container");
        LAYERS.put("org.glassfish.web.", "servlet container");
        LAYERS.put("java.util.logging.", "logging");
        LAYERS.put("java.", "JDK");
        LAYERS.put("javax.", "JDK");
        LAYERS.put("jdk.", "JDK");
        LAYERS.put("sun.", "JDK");
    }

    public static void main(String[] args) throws Exception {
        int lines = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        Map<String, Integer> byLayer = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        Map<String, Integer> top = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
                continue;
            }
            RecordedStackTrace stack = event.getStackTrace();
            if (stack == null) {
                continue;
            }
            samples++;
            List<RecordedFrame> frames = stack.getFrames();
            byLayer.merge(layer(frames), 1, Integer::sum);
            if (!frames.isEmpty()) {
                top.merge(name(frames.get(0)), 1, Integer::sum);
            }
            frames.stream().map(Profile::name).filter(n -> n.startsWith("cn.org.smeie.")).distinct()
                    .forEach(n -> inclusive.merge(n, 1, Integer::sum));
        }
        System.out.printf("%,d execution samples in %s%n", samples, args[0]);
        print("By layer (the first one from the top of the stack)", byLayer, samples, lines);
        print("Application methods, inclusive (the sample's stack holds the method)", inclusive, samples, lines);
        print("Methods running (top of the stack)", top, samples, lines);
    }

    private static String layer(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String type = frame.getMethod().getType().getName();
            for (Map.Entry<String, String> layer : LAYERS.entrySet()) {
                if (type.startsWith(layer.getKey()) && !layer.getValue().equals("JDK")) {
                    return layer.getValue();
                }
            }
        }
        return "JDK / other";
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static void print(String title, Map<String, Integer> counts, int samples, int lines) {
        System.out.println();
        System.out.println(title + ":");
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(lines)
                .forEach(e -> System.out.printf("  %5.1f %%  %s%n", 100.0 * e.getValue() / samples, e.getKey()));
    }
}

package org.iocmetrics.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * The kernel as Jupyter runs it: started from kernel.json's argv with a connection file, spoken to
 * over ZeroMQ with HMAC-signed Jupyter messages (wire protocol 5.3), written here from the protocol's
 * specification rather than with the kernel's own library, so a fault in either side shows.
 */
class NotebookKernelProtocolTest {
    private static final Gson GSON = new Gson();
    private static final String DELIMITER = "<IDS|MSG>";
    private static final Duration STARTUP = Duration.ofSeconds(90);
    private static final Duration REPLY = Duration.ofSeconds(60);

    @TempDir
    static Path dir;

    private static final String KEY = UUID.randomUUID().toString();
    private static final String SESSION = UUID.randomUUID().toString();
    private static Process kernel;
    private static ZContext zmq;
    private static ZMQ.Socket shell;
    private static ZMQ.Socket control;
    private static ZMQ.Socket iopub;

    @BeforeAll
    static void startKernel() throws Exception {
        int[] ports = freePorts(5);
        Map<String, Object> connection = Map.of("transport", "tcp", "ip", "127.0.0.1", "signature_scheme", "hmac-sha256",
                "key", KEY, "shell_port", ports[0], "iopub_port", ports[1], "stdin_port", ports[2],
                "control_port", ports[3], "hb_port", ports[4]);
        Path connectionFile = Files.writeString(dir.resolve("connection.json"), GSON.toJson(connection));
        @SuppressWarnings("unchecked")
        List<String> argv = new ArrayList<>((List<String>) KernelSpec.spec().get("argv"));
        argv.replaceAll(arg -> arg.equals("{connection_file}") ? connectionFile.toString() : arg);
        kernel = new ProcessBuilder(argv).redirectErrorStream(true).redirectOutput(dir.resolve("kernel.log").toFile()).start();

        zmq = new ZContext();
        shell = connect(SocketType.DEALER, ports[0]);
        control = connect(SocketType.DEALER, ports[3]);
        iopub = connect(SocketType.SUB, ports[1]);
        iopub.subscribe(new byte[0]);
        awaitReady();
    }

    @AfterAll
    static void stopKernel() throws Exception {
        if (control != null) {
            send(control, "shutdown_request", Map.of("restart", false));
        }
        if (kernel != null && !kernel.waitFor(20, TimeUnit.SECONDS)) {
            kernel.destroyForcibly().waitFor();
        }
        if (zmq != null) {
            zmq.close();
        }
    }

    @Test
    void aCellsLastExpressionIsItsTextResultAndItsPrintsAreAStream() throws Exception {
        List<JsonObject> messages = execute("int answer = 6 * 7;\nSystem.out.println(\"computing\");\nanswer");

        JsonObject result = content(messages, "execute_result");
        assertEquals("42", result.getAsJsonObject("data").get("text/plain").getAsString());
        JsonObject stream = content(messages, "stream");
        assertEquals("stdout", stream.get("name").getAsString());
        assertEquals("computing\n", stream.get("text").getAsString());
        assertEquals("ok", content(messages, "execute_reply").get("status").getAsString());
    }

    @Test
    void aChartIsAPngImage() throws Exception {
        List<JsonObject> messages = execute("""
                var data = new org.jfree.data.general.DefaultPieDataset<String>();
                data.setValue("covered", 0.8);
                data.setValue("uncovered", 0.2);
                Notebook.show(org.jfree.chart.ChartFactory.createPieChart("Coverage", data));""");

        JsonObject display = content(messages, "display_data");
        byte[] png = Base64.getMimeDecoder().decode(display.getAsJsonObject("data").get("image/png").getAsString());
        assertEquals("PNG", new String(png, 1, 3, StandardCharsets.US_ASCII));
        assertEquals("Coverage", display.getAsJsonObject("data").get("text/plain").getAsString());
    }

    @Test
    void aCellThatDoesNotCompileIsAnErrorNamingTheProblem() throws Exception {
        List<JsonObject> messages = execute("int broken = \"text\";");

        JsonObject reply = content(messages, "execute_reply");
        assertEquals("error", reply.get("status").getAsString());
        JsonObject error = content(messages, "error");
        assertTrue(error.get("evalue").getAsString().contains("incompatible types"), error.toString());
    }

    /** Sends an execute_request and returns the replies to it: the shell's reply and iopub's messages until idle. */
    private static List<JsonObject> execute(String code) throws Exception {
        String id = send(shell, "execute_request", Map.of("code", code, "silent", false, "store_history", true,
                "user_expressions", Map.of(), "allow_stdin", false, "stop_on_error", true));
        List<JsonObject> messages = new ArrayList<>();
        messages.add(receive(shell, id));
        while (true) {
            JsonObject message = receive(iopub, id);
            messages.add(message);
            if (type(message).equals("status") && message.getAsJsonObject("content").get("execution_state").getAsString().equals("idle")) {
                return messages;
            }
        }
    }

    /** Repeats kernel_info_request until the kernel answers and its iopub reaches this subscriber. */
    private static void awaitReady() throws Exception {
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            assertTrue(kernel.isAlive(), () -> "the kernel ended: " + log());
            String id = send(shell, "kernel_info_request", Map.of());
            JsonObject reply = receive(shell, id);
            assertEquals("Java", reply.getAsJsonObject("content").getAsJsonObject("language_info").get("name").getAsString());
            iopub.setReceiveTimeOut(2000);
            if (iopub.recv() != null) {
                drain(iopub);
                return;
            }
        }
        throw new AssertionError("the kernel did not answer within " + STARTUP + ": " + log());
    }

    private static String send(ZMQ.Socket socket, String type, Map<String, Object> content) {
        String id = UUID.randomUUID().toString();
        String header = GSON.toJson(Map.of("msg_id", id, "session", SESSION, "username", "test", "date",
                Instant.now().toString(), "msg_type", type, "version", "5.3"));
        String[] parts = {header, "{}", "{}", GSON.toJson(content)};
        socket.sendMore(DELIMITER);
        socket.sendMore(sign(parts));
        for (int i = 0; i < parts.length; i++) {
            if (i + 1 < parts.length) {
                socket.sendMore(parts[i]);
            } else {
                socket.send(parts[i]);
            }
        }
        return id;
    }

    /** The next message on the socket answering {@code parentId}, its signature checked; others are skipped. */
    private static JsonObject receive(ZMQ.Socket socket, String parentId) {
        Instant deadline = Instant.now().plus(REPLY);
        socket.setReceiveTimeOut(1000);
        while (Instant.now().isBefore(deadline)) {
            List<String> frames = new ArrayList<>();
            String frame = socket.recvStr();
            if (frame == null) {
                assertTrue(kernel.isAlive(), () -> "the kernel ended: " + log());
                continue;
            }
            frames.add(frame);
            while (socket.hasReceiveMore()) {
                frames.add(socket.recvStr());
            }
            int at = frames.indexOf(DELIMITER);
            String[] parts = frames.subList(at + 2, at + 6).toArray(String[]::new);
            assertEquals(sign(parts), frames.get(at + 1), "the kernel's HMAC signature");
            JsonObject message = new JsonObject();
            message.add("header", GSON.fromJson(parts[0], JsonObject.class));
            message.add("parent_header", GSON.fromJson(parts[1], JsonObject.class));
            message.add("content", GSON.fromJson(parts[3], JsonObject.class));
            JsonObject parent = message.getAsJsonObject("parent_header");
            if (parent.has("msg_id") && parent.get("msg_id").getAsString().equals(parentId)) {
                return message;
            }
        }
        throw new AssertionError("no answer to " + parentId + " within " + REPLY + ": " + log());
    }

    private static JsonObject content(List<JsonObject> messages, String type) {
        JsonObject found = messages.stream().filter(m -> type(m).equals(type)).findFirst().orElse(null);
        assertNotNull(found, () -> "no " + type + " among " + messages);
        return found.getAsJsonObject("content");
    }

    private static String type(JsonObject message) {
        return message.getAsJsonObject("header").get("msg_type").getAsString();
    }

    private static String sign(String[] parts) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            for (String part : parts) {
                mac.update(part.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ZMQ.Socket connect(SocketType type, int port) {
        ZMQ.Socket socket = zmq.createSocket(type);
        socket.setLinger(0);
        socket.connect("tcp://127.0.0.1:" + port);
        return socket;
    }

    private static void drain(ZMQ.Socket socket) {
        socket.setReceiveTimeOut(200);
        while (socket.recv() != null) {
            // earlier status messages: the tests read only what answers their own requests
        }
    }

    private static int[] freePorts(int count) throws IOException {
        int[] ports = new int[count];
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket(0);
                sockets.add(socket);
                ports[i] = socket.getLocalPort();
            }
        } finally {
            for (ServerSocket socket : sockets) {
                socket.close();
            }
        }
        return ports;
    }

    private static String log() {
        try {
            return Files.readString(dir.resolve("kernel.log"));
        } catch (IOException e) {
            return "(no kernel log: " + e.getMessage() + ")";
        }
    }
}

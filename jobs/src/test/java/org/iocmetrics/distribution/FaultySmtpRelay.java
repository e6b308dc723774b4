package org.iocmetrics.distribution;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A pass-through in front of the test's GreenMail server that adds the two failures GreenMail cannot
 * give: it answers the first {@code refusedConnections} connections with a 421 greeting and closes
 * them (a server that is down for a while), and it refuses one recipient with 550 (a permanent
 * rejection). Every other byte goes to GreenMail and back unchanged.
 */
final class FaultySmtpRelay implements AutoCloseable {
    private final ServerSocket server;
    private final int upstreamPort;
    private final String rejectedRecipient;
    private final AtomicInteger refusalsLeft;
    private final AtomicInteger connections = new AtomicInteger();

    FaultySmtpRelay(int upstreamPort, String rejectedRecipient, int refusedConnections) throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.upstreamPort = upstreamPort;
        this.rejectedRecipient = rejectedRecipient == null ? null : rejectedRecipient.toLowerCase(Locale.ROOT);
        this.refusalsLeft = new AtomicInteger(refusedConnections);
        Thread acceptor = new Thread(this::accept, "smtp-relay");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    int connections() {
        return connections.get();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                connections.incrementAndGet();
                if (refusalsLeft.getAndDecrement() > 0) {
                    client.getOutputStream().write("421 4.3.2 Service not available, closing channel\r\n"
                            .getBytes(StandardCharsets.US_ASCII));
                    client.close();
                    continue;
                }
                Socket upstream = new Socket(InetAddress.getLoopbackAddress(), upstreamPort);
                start(() -> copy(upstream, client));
                start(() -> filterCommands(client, upstream));
            } catch (IOException e) {
                if (!server.isClosed()) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    private static void start(Runnable pump) {
        Thread thread = new Thread(pump, "smtp-relay-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static void copy(Socket from, Socket to) {
        try (from; to) {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) >= 0; ) {
                synchronized (out) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            }
        } catch (IOException closed) {
            // the other side hung up: the conversation is over
        }
    }

    /** Forwards the client's lines; a RCPT for the rejected address is answered here instead. */
    private void filterCommands(Socket client, Socket upstream) {
        try (client; upstream) {
            InputStream in = new BufferedInputStream(client.getInputStream());
            OutputStream toServer = upstream.getOutputStream();
            OutputStream toClient = client.getOutputStream();
            boolean inData = false;
            for (byte[] line; (line = readLine(in)) != null; ) {
                String text = new String(line, StandardCharsets.US_ASCII).strip();
                String command = text.toUpperCase(Locale.ROOT);
                if (!inData && rejectedRecipient != null && command.startsWith("RCPT TO:")
                        && text.toLowerCase(Locale.ROOT).contains("<" + rejectedRecipient + ">")) {
                    synchronized (toClient) {
                        toClient.write("550 5.1.1 mailbox unavailable\r\n".getBytes(StandardCharsets.US_ASCII));
                        toClient.flush();
                    }
                    continue;
                }
                if (!inData && command.equals("DATA")) {
                    inData = true;
                } else if (inData && text.equals(".") && line.length <= 3) {
                    inData = false;
                }
                toServer.write(line);
                toServer.flush();
            }
        } catch (IOException closed) {
            // the other side hung up: the conversation is over
        }
    }

    /** One line with its CRLF, or null at the end of the stream. */
    private static byte[] readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b; (b = in.read()) >= 0; ) {
            line.write(b);
            if (b == '\n') {
                return line.toByteArray();
            }
        }
        return line.size() == 0 ? null : line.toByteArray();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}

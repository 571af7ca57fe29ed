package nl.kabiz.smr.benchmark;

import jakarta.mail.internet.MimeUtility;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UnsupportedEncodingException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A minimal local SMTP server for the benchmark: it accepts every message and keeps only its recipient, subject and
 * {@code Message-ID} (counters, not the messages), so that tens of thousands of mails cost the benchmark JVM neither
 * heap nor parsing time (GreenMail keeps and parses every message, which would blur the application's peak heap).
 */
final class SmtpSink implements AutoCloseable {

    /** Received messages per Message-ID: more than one is a duplicate delivery. */
    private final Map<String, AtomicInteger> byMessageId = new ConcurrentHashMap<>();
    /** Received messages per (kind of mail, recipient). */
    private final Map<String, AtomicInteger> byKindAndRecipient = new ConcurrentHashMap<>();
    /** Received messages per (kind of mail, round tag of the recipient). */
    private final Map<String, AtomicInteger> byKindAndRound = new ConcurrentHashMap<>();
    private final AtomicLong total = new AtomicLong();
    private final ServerSocket server;
    private final ExecutorService connections = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "smtp-sink");
        thread.setDaemon(true);
        return thread;
    });

    SmtpSink() throws IOException {
        this.server = new ServerSocket(0);
        Thread acceptor = new Thread(this::accept, "smtp-sink-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    long total() {
        return total.get();
    }

    /** Messages of this kind received for recipients of this round (tag {@code r<k>}). */
    int count(String kind, String round) {
        AtomicInteger count = byKindAndRound.get(kind + "|" + round);
        return count == null ? 0 : count.get();
    }

    /** Recipients of this round that received this kind of mail more than once (sum of the extra deliveries). */
    int duplicates(String kind, String round) {
        int duplicates = 0;
        for (Map.Entry<String, AtomicInteger> entry : byKindAndRecipient.entrySet()) {
            if (entry.getKey().startsWith(kind + "|" + round + "c") && entry.getValue().get() > 1) {
                duplicates += entry.getValue().get() - 1;
            }
        }
        return duplicates;
    }

    /** Recipients of this round (given how many there are) that did not receive this kind of mail. */
    int missing(String kind, String round, int expected) {
        int distinct = 0;
        for (String key : byKindAndRecipient.keySet()) {
            if (key.startsWith(kind + "|" + round + "c")) {
                distinct++;
            }
        }
        return Math.max(0, expected - distinct);
    }

    /** Message-IDs delivered more than once (over everything received). */
    int duplicateMessageIds() {
        return byMessageId.values().stream().mapToInt(c -> Math.max(0, c.get() - 1)).sum();
    }

    /** The kind of a mail by its subject. */
    static String kind(String subject) {
        if (subject == null) {
            return "other";
        }
        if (subject.startsWith("Overgangsregeling nieuw competentieprofiel")) {
            return "start";
        }
        if (subject.startsWith("Herinnering overgangsregeling")) {
            return "reminder";
        }
        if (subject.startsWith("Bewijsstukken overgangsregeling ontvangen")) {
            return "evidence";
        }
        return "other";
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                connections.execute(() -> serve(socket));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket; BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                StandardCharsets.ISO_8859_1)); OutputStream out = socket.getOutputStream()) {
            reply(out, "220 localhost SMTP benchmark sink");
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                switch (command) {
                    case "EHLO", "HELO" -> reply(out, "250 localhost");
                    case "DATA" -> {
                        reply(out, "354 go ahead");
                        readMessage(in);
                        reply(out, "250 OK");
                    }
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    default -> reply(out, "250 OK");
                }
            }
        } catch (IOException ignored) {
            // client went away
        }
    }

    private void readMessage(BufferedReader in) throws IOException {
        String subject = null;
        String messageId = null;
        String to = null;
        boolean headers = true;
        StringBuilder current = null;
        String line;
        while ((line = in.readLine()) != null && !line.equals(".")) {
            if (!headers) {
                continue;
            }
            if (line.isEmpty()) {
                headers = false;
            } else if ((line.startsWith(" ") || line.startsWith("\t")) && current != null) {
                current.append(line.stripLeading().isEmpty() ? "" : " " + line.strip());
                continue;
            }
            if (current != null) {
                String header = current.toString();
                int colon = header.indexOf(':');
                if (colon > 0) {
                    String name = header.substring(0, colon).trim().toLowerCase();
                    String value = header.substring(colon + 1).trim();
                    switch (name) {
                        case "subject" -> subject = decode(value);
                        case "message-id" -> messageId = value;
                        case "to" -> to = value;
                        default -> { }
                    }
                }
                current = null;
            }
            if (headers) {
                current = new StringBuilder(line);
            }
        }
        record(subject, messageId, to);
    }

    private void record(String subject, String messageId, String to) {
        String kind = kind(subject);
        String recipient = to == null ? "?" : to.replaceAll(".*<", "").replaceAll(">.*", "").trim();
        int c = recipient.indexOf('c');
        String round = c > 1 && recipient.startsWith("r") ? recipient.substring(0, c) : "?";
        byKindAndRecipient.computeIfAbsent(kind + "|" + recipient, k -> new AtomicInteger()).incrementAndGet();
        byKindAndRound.computeIfAbsent(kind + "|" + round, k -> new AtomicInteger()).incrementAndGet();
        if (messageId != null) {
            byMessageId.computeIfAbsent(messageId, k -> new AtomicInteger()).incrementAndGet();
        }
        total.incrementAndGet();
    }

    private static String decode(String value) {
        try {
            return MimeUtility.decodeText(value);
        } catch (UnsupportedEncodingException e) {
            return value;
        }
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
        connections.shutdownNow();
    }
}

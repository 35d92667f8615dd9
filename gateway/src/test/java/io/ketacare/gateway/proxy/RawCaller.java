package io.ketacare.gateway.proxy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** A caller on a plain socket, for what well-behaved HTTP clients never do: leave half-way, stop reading, reset. */
final class RawCaller implements AutoCloseable {

    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;

    RawCaller(Socket socket) throws IOException {
        this.socket = socket;
        this.out = socket.getOutputStream();
        this.in = socket.getInputStream();
    }

    /** Sends a request head (no body) for the target, with the given extra header lines. */
    RawCaller head(String method, String target, String... headers) throws IOException {
        StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\nHost: gateway\r\n");
        for (String header : headers) {
            head.append(header).append("\r\n");
        }
        return write(head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
    }

    RawCaller write(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
        return this;
    }

    /** Sends one chunk of a chunked body. */
    RawCaller chunk(byte[] bytes) throws IOException {
        write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        write(bytes);
        return write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    /** Reads until at least this many bytes of the answer (head included) arrived. */
    RawCaller read(int bytes) throws IOException {
        byte[] buffer = new byte[8192];
        int total = 0;
        while (total < bytes) {
            int n = in.read(buffer);
            if (n < 0) {
                throw new IOException("the gateway closed the connection after " + total + " bytes");
            }
            total += n;
        }
        return this;
    }

    /** Leaves with a TCP reset instead of an orderly close. */
    void reset() throws IOException {
        socket.setSoLinger(true, 0);
        socket.close();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}

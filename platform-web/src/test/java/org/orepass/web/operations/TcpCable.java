package org.orepass.web.operations;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay between the platform and its database that a test can unplug and plug back: the database "goes
 * down" for that platform alone while every other test keeps using it.
 */
final class TcpCable implements AutoCloseable {

    private final ServerSocket server;
    private final String targetHost;
    private final int targetPort;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile boolean plugged = true;

    TcpCable(String targetHost, int targetPort) throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        var acceptor = new Thread(this::accept, "tcp-cable");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    /** Cuts every open connection and refuses new ones, as a stopped database would. */
    void unplug() {
        plugged = false;
        for (var socket : open) {
            closeQuietly(socket);
        }
        open.clear();
    }

    void plug() {
        plugged = true;
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                var client = server.accept();
                if (!plugged) {
                    closeQuietly(client);
                    continue;
                }
                var database = new Socket(targetHost, targetPort);
                open.add(client);
                open.add(database);
                pump(client.getInputStream(), database.getOutputStream(), client, database);
                pump(database.getInputStream(), client.getOutputStream(), client, database);
            } catch (IOException e) {
                // the server socket closed, or the database refused: the client sees a closed connection
            }
        }
    }

    private void pump(InputStream from, OutputStream to, Socket a, Socket b) {
        var thread = new Thread(() -> {
            var buffer = new byte[16384];
            try {
                for (int n; (n = from.read(buffer)) >= 0; ) {
                    to.write(buffer, 0, n);
                    to.flush();
                }
            } catch (IOException e) {
                // cut
            } finally {
                closeQuietly(a);
                closeQuietly(b);
            }
        }, "tcp-cable-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        unplug();
        server.close();
    }
}

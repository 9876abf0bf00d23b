package dev.moviestack.user.support;

import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server in the test JVM (GreenMail), on a free port, shared by every test
 * context of the module. Tests tell their mails apart by recipient, which is unique per
 * test.
 */
public final class TestMailServer {

	private static volatile GreenMail instance;

	private TestMailServer() {
	}

	public static GreenMail get() {
		if (instance == null) {
			synchronized (TestMailServer.class) {
				if (instance == null) {
					GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
					server.start();
					Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "test-smtp-stop"));
					instance = server;
				}
			}
		}
		return instance;
	}

	public static String host() {
		return get().getSmtp().getBindTo();
	}

	public static int port() {
		return get().getSmtp().getPort();
	}

	public static List<MimeMessage> messagesTo(String address) {
		return Arrays.stream(get().getReceivedMessages()).filter((message) -> isTo(message, address)).toList();
	}

	private static boolean isTo(MimeMessage message, String address) {
		try {
			Address[] recipients = message.getAllRecipients();
			return recipients != null && Arrays.stream(recipients)
				.anyMatch((recipient) -> recipient.toString().equalsIgnoreCase(address));
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

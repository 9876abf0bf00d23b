package dev.moviestack.user.welcome.smtp;

import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import dev.moviestack.contract.user.UserRegistered;
import dev.moviestack.user.welcome.WelcomeMailProperties;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Writes and sends the welcome e-mail over SMTP. */
@Component
public class WelcomeMailer {

	private final JavaMailSender sender;

	private final WelcomeMailProperties properties;

	public WelcomeMailer(JavaMailSender sender, WelcomeMailProperties properties) {
		this.sender = sender;
		this.properties = properties;
	}

	public void send(UserRegistered user) {
		MimeMessage message = new FixedIdMimeMessage(this.sender.createMimeMessage().getSession(),
				"<welcome." + user.userId() + "@moviestack.dev>");
		try {
			MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
			helper.setFrom(this.properties.from());
			helper.setTo(user.email());
			helper.setSubject(this.properties.subject());
			helper.setText(text(user));
		}
		catch (MessagingException ex) {
			throw new MailPreparationException("Cannot write the welcome mail of " + user.userId(), ex);
		}
		this.sender.send(message);
	}

	private static String text(UserRegistered user) {
		return """
				Hello %s,

				welcome to MovieStack! Your account "%s" is ready. Rate a few movies you have seen, and \
				your recommendations will follow.

				Enjoy the show,
				the MovieStack team
				""".formatted(user.displayName(), user.username());
	}

	/**
	 * Keeps one Message-ID per account: should the mail ever go out twice (a crash
	 * between sending and recording), mail clients can recognise the copy.
	 */
	private static final class FixedIdMimeMessage extends MimeMessage {

		private final String messageId;

		FixedIdMimeMessage(Session session, String messageId) {
			super(session);
			this.messageId = messageId;
		}

		@Override
		protected void updateMessageID() throws MessagingException {
			setHeader("Message-ID", this.messageId);
		}

	}

}

// Mints the benchmark's signing key and one long-lived access token, with the JDK alone:
//   java BenchToken.java <out-dir> <issuer> <lifetime-seconds>
// Writes <out-dir>/jwks-mapping.json (a WireMock mapping that serves the public key as
// the realm's JWKS at /jwks) and <out-dir>/token.txt (RS256, aud moviestack-api, realm
// role user).
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;

public class BenchToken {

	public static void main(String[] args) throws Exception {
		Path out = Path.of(args[0]);
		String issuer = args[1];
		long lifetime = Long.parseLong(args[2]);
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		KeyPair pair = generator.generateKeyPair();
		RSAPublicKey key = (RSAPublicKey) pair.getPublic();
		String jwks = "{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"bench\",\"use\":\"sig\",\"alg\":\"RS256\",\"n\":\""
				+ base64(unsigned(key.getModulus())) + "\",\"e\":\"" + base64(unsigned(key.getPublicExponent())) + "\"}]}";
		Files.writeString(out.resolve("jwks-mapping.json"), "{\"request\":{\"method\":\"GET\",\"url\":\"/jwks\"},"
				+ "\"response\":{\"status\":200,\"headers\":{\"Content-Type\":\"application/json\"},\"jsonBody\":" + jwks + "}}");
		long now = Instant.now().getEpochSecond();
		String header = base64("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"bench\"}".getBytes(StandardCharsets.UTF_8));
		String payload = base64(("{\"iss\":\"" + issuer + "\",\"sub\":\"bench-user\",\"aud\":[\"moviestack-api\",\"account\"],"
				+ "\"iat\":" + now + ",\"exp\":" + (now + lifetime) + ",\"azp\":\"moviestack-web\","
				+ "\"preferred_username\":\"bench\",\"realm_access\":{\"roles\":[\"user\"]}}").getBytes(StandardCharsets.UTF_8));
		Signature signature = Signature.getInstance("SHA256withRSA");
		signature.initSign(pair.getPrivate());
		signature.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
		Files.writeString(out.resolve("token.txt"), header + "." + payload + "." + base64(signature.sign()));
	}

	private static byte[] unsigned(BigInteger value) {
		byte[] bytes = value.toByteArray();
		return (bytes[0] == 0) ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
	}

	private static String base64(byte[] bytes) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}

package fr.coopconnect.member;

import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Makes sure the token signing key pair exists. Deployments configure their own PEM files;
 * when the configured files are missing (development, tests, {@code make run}) a fresh pair
 * is generated once, so no private key ever has to be committed.
 */
@Startup
@ApplicationScoped
public class SigningKeys {

    private static final Logger LOG = Logger.getLogger(SigningKeys.class);

    @ConfigProperty(name = "smallrye.jwt.sign.key.location")
    String privateKeyLocation;

    @ConfigProperty(name = "mp.jwt.verify.publickey.location")
    String publicKeyLocation;

    @PostConstruct
    void ensureKeyPair() {
        if (publicKeyLocation.contains("://") || privateKeyLocation.contains("://")) {
            return; // keys (or a JWKS of an external issuer) served from elsewhere: nothing to generate
        }
        Path privateKey = Path.of(privateKeyLocation);
        Path publicKey = Path.of(publicKeyLocation);
        if (Files.exists(privateKey) && Files.exists(publicKey)) {
            return;
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            write(publicKey, "PUBLIC KEY", pair.getPublic().getEncoded());
            write(privateKey, "PRIVATE KEY", pair.getPrivate().getEncoded());
            restrictToOwner(privateKey);
            LOG.infof("Generated a new token signing key pair in %s", privateKey.toAbsolutePath().getParent());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the token signing keys", e);
        }
    }

    private static void write(Path file, String type, byte[] der) throws IOException {
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        String pem = "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
        Files.writeString(file, pem, StandardCharsets.US_ASCII);
    }

    private static void restrictToOwner(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException notPosix) {
            LOG.debug("Could not restrict the private key's permissions", notPosix);
        }
    }
}

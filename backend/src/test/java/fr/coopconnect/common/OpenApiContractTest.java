package fr.coopconnect.common;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The committed openapi.yaml is the contract partner apps read: it must be exactly what the
 * running API serves. {@code make openapi} rewrites it (-Dcoopconnect.openapi.write=true).
 */
@QuarkusTest
class OpenApiContractTest {

    private static final Path CONTRACT = Path.of("..", "openapi.yaml");

    @Test
    void committedContractMatchesTheServedDocument() throws IOException {
        String served = given().queryParam("format", "yaml").get("/q/openapi")
                .then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("coopconnect.openapi.write")) {
            Files.writeString(CONTRACT, served, StandardCharsets.UTF_8);
        }
        String committed = Files.exists(CONTRACT) ? Files.readString(CONTRACT, StandardCharsets.UTF_8) : "";
        assertEquals(committed, served, "openapi.yaml drifted from the code: run `make openapi` and review the diff");
    }
}

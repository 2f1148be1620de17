package cn.org.smeie.competition.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API, for the official website and other systems: the same boundaries, rules,
 * authorization and audit as the console. JSON in and out; HTTP Basic with an account of the
 * platform; errors as {@link Problem}s in the language of {@code Accept-Language} (Chinese by
 * default). Described in OpenAPI at {@code /openapi}.
 *
 * <p>Every resource is {@code @ApplicationScoped}: one instance serves all requests, so its EJB
 * references are made once. Made per request (JAX-RS's default), each reference had Weld load the
 * bean's class through the EAR's class loader, whose lock then serialized concurrent requests (the
 * registration rush of bench/load: most worker threads blocked on it, seconds of latency at 0.8 cores).</p>
 */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "企校协同创新大赛 API", version = "1",
        description = "Editions, tracks and team registrations of the Enterprise–University Collaborative"
                + " Innovation Competition. Authenticate with HTTP Basic (an account of the platform)."))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class ApiApplication extends Application {
}

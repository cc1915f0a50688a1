"""Spring Boot 2.7/3.x applications with Hibernate 6, HikariCP 5, Flyway, Spring Security, Tomcat, the JDK's
unified GC log and the usual HTTP clients (RestTemplate, WebClient, OpenFeign, Logbook).

Phrasings follow the libraries' sources: SpringApplication / StartupInfoLogger ("Started ... in ... seconds
(process running for ...)", "Application run failed"), TomcatWebServer ("Tomcat started on port 8080 (http)
with context path"), LoggingFailureAnalysisReporter ("APPLICATION FAILED TO START"), HikariPool ("HikariPool-1
- Connection is not available, request timed out after 30000ms", "Exception during pool initialization",
pool stats), Hibernate message ids (HHH000412, HHH90000025, HHH90000026), SqlExceptionHelper ("SQL Error: 0,
SQLState: 23505"), Flyway DbMigrate/DbValidate, Spring Security (CsrfFilter "Invalid CSRF token found for",
ExceptionTranslationFilter, DaoAuthenticationProvider, the AuditEvent toString), PropertiesMigrationListener
(renamed keys), DispatcherServlet ("Completed 200 OK"), reactor-netty's AccessLog, Feign's Logger and the
HotSpot deprecation warnings.
"""

from training.templates.families._kit import CRIT, DEP, ERR, HTTP, RES, SEC, SN, UA, maker, pick
from training.values import register

register(
    {
        "sj_app": pick(
            "OrderServiceApplication",
            "BillingApiApplication",
            "InventoryApplication",
            "GatewayApplication",
            "CustomerPortalApplication",
        ),
        "sj_path": pick(
            "/api/orders/{id}",
            "/api/v1/customers/{id}",
            "/api/invoices",
            "/actuator/health",
            "/api/payments/{hex8}/capture",
            "/api/products?page={small}&size=20",
        ),
        "sj_reason": pick(
            "200 OK",
            "201 CREATED",
            "204 NO_CONTENT",
            "400 BAD_REQUEST",
            "401 UNAUTHORIZED",
            "404 NOT_FOUND",
            "409 CONFLICT",
            "500 INTERNAL_SERVER_ERROR",
            "503 SERVICE_UNAVAILABLE",
        ),
    }
)

FAMILY = "spring_java"
t = maker("spring_java", sources="spring java", prefixes="spring java", logger="o.s.boot.SpringApplication")
HK = "com.zaxxer.hikari.pool.HikariPool"

TEMPLATES = [
    t(
        SN,
        "boot.starting",
        "Starting {sj_app} v{ver} using Java 17.0.{small} with PID {pid} (/app/app.jar started by app in /app)",
        'The following 1 profile is active: "{prod|staging|k8s}"',
        'No active profile set, falling back to 1 default profile: "default"',
        logger="c.a.orders.OrderServiceApplication|c.a.billing.BillingApiApplication|c.a.InventoryApplication",
    ),
    t(
        SN,
        "boot.started",
        "Started {sj_app} in {sec} seconds (process running for {sec})",
        "Started {sj_app} in {sec} seconds (JVM running for {sec})",
        logger="c.a.orders.OrderServiceApplication|c.a.billing.BillingApiApplication|c.a.InventoryApplication",
    ),
    t(
        SN,
        "tomcat",
        "Tomcat initialized with port 8080 (http)",
        "Starting service [Tomcat]",
        "Starting Servlet engine: [Apache Tomcat/{10.1.19|9.0.85|10.1.24}]",
        "Tomcat started on port 8080 (http) with context path ''",
        logger="o.s.b.w.embedded.tomcat.TomcatWebServer|o.apache.catalina.core.StandardService",
    ),
    t(
        SN,
        "context",
        "Initializing Spring embedded WebApplicationContext",
        "Root WebApplicationContext: initialization completed in {num} ms",
        "Exposing {small} endpoint(s) beneath base path '/actuator'",
        "Initializing Servlet 'dispatcherServlet'",
        logger="o.s.b.w.s.c.ServletWebServerApplicationContext|o.s.b.a.e.web.EndpointLinksResolver",
    ),
    t(
        SN,
        "hikari",
        "HikariPool-1 - Starting...",
        "HikariPool-1 - Added connection org.postgresql.jdbc.PgConnection@{hex8}",
        "HikariPool-1 - Start completed.",
        "HikariPool-1 - Shutdown completed.",
        logger="com.zaxxer.hikari.HikariDataSource|" + HK,
    ),
    t(
        SN,
        "hibernate",
        "HHH000204: Processing PersistenceUnitInfo [name: default]",
        "HHH000412: Hibernate ORM core version {6.4.4.Final|6.2.13.Final|5.6.15.Final}",
        "HHH000489: No JTA platform available (set 'hibernate.transaction.jta.platform' to enable JTA platform"
        " integration)",
        "Initialized JPA EntityManagerFactory for persistence unit 'default'",
        logger="o.hibernate.jpa.internal.util.LogHelper|org.hibernate.Version|o.s.orm.jpa.LocalContainerEntityManagerFactoryBean",
    ),
    t(
        SN,
        "flyway",
        "Successfully validated {n} migrations (execution time 00:00.0{n}s)",
        'Current version of schema "public": {n}',
        'Migrating schema "public" to version "{n} - add {table} index"',
        'Successfully applied 1 migration to schema "public", now at version v{n} (execution time 00:00.{num}s)',
        logger="o.f.core.internal.command.DbValidate|o.f.core.internal.command.DbMigrate",
    ),
    t(
        SN,
        "shutdown",
        "Commencing graceful shutdown. Waiting for active requests to complete",
        "Graceful shutdown complete",
        "Closing JPA EntityManagerFactory for persistence unit 'default'",
        "HikariPool-1 - Shutdown initiated...",
        logger="o.s.b.w.e.tomcat.GracefulShutdown|o.s.o.j.LocalContainerEntityManagerFactoryBean|" + HK,
    ),
    t(
        ERR,
        "hikari_timeout",
        "HikariPool-1 - Connection is not available, request timed out after 30000ms (total={n}, active={n}, idle=0,"
        " waiting={small})",
        "HikariPool-1 - Connection is not available, request timed out after 30000ms.",
        "HikariPool-1 - Failed to validate connection org.postgresql.jdbc.PgConnection@{hex8} (This connection has been"
        " closed.). Possibly consider using a shorter maxLifetime value.",
        logger=HK + "|com.zaxxer.hikari.pool.PoolBase",
    ),
    t(
        ERR,
        "sql_error",
        "SQL Error: 0, SQLState: 23505",
        'ERROR: duplicate key value violates unique constraint "{table}_pkey" Detail: Key (id)=({id}) already exists.',
        "SQL Error: 1213, SQLState: 40001",
        "Deadlock found when trying to get lock; try restarting transaction",
        logger="o.h.engine.jdbc.spi.SqlExceptionHelper",
    ),
    t(
        ERR,
        "servlet_exception",
        "Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing"
        ' failed: java.lang.NullPointerException: Cannot invoke "{jcls}.getId()" because "order" is null] with root'
        " cause",
        "Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing"
        " failed; nested exception is org.springframework.dao.DataIntegrityViolationException: could not execute"
        " statement] with root cause",
        logger="o.a.c.c.C.[.[.[/].[dispatcherServlet]",
    ),
    t(
        ERR,
        "resolved_exception",
        "Resolved [org.springframework.web.HttpRequestMethodNotSupportedException: Request method 'POST' is not"
        " supported]",
        "Resolved [org.springframework.http.converter.HttpMessageNotReadableException: JSON parse error: Unexpected"
        " character ('}}' (code 125)): was expecting double-quote to start field name]",
        "Resolved [org.springframework.web.bind.MethodArgumentNotValidException: Validation failed for argument [0] in"
        " public ResponseEntity {jcls}.create(OrderRequest): [Field error in object 'orderRequest' on field 'quantity':"
        " rejected value [0]]]",
        logger="o.s.w.s.m.m.a.ExceptionHandlerExceptionResolver|o.s.w.s.m.s.DefaultHandlerExceptionResolver",
        sev="warn",
    ),
    t(
        ERR,
        "scheduled_task",
        "Unexpected error occurred in scheduled task",
        "Could not open JPA EntityManager for transaction; nested exception is org.hibernate.exception."
        "JDBCConnectionException: Unable to acquire JDBC Connection",
        "Backoff FixedBackOff{{interval=0, currentAttempts=10, maxAttempts=9}} exhausted for {svc}-{small}@{num}",
        logger="o.s.s.s.TaskUtils$LoggingErrorHandler|o.s.k.l.DefaultErrorHandler",
    ),
    t(
        ERR,
        "client_io",
        'I/O error on POST request for "https://{domain}/v1/charges": Read timed out',
        'I/O error on GET request for "http://{svc}:8080/api/stock/{sku}": Connect to {svc}:8080 [{svc}/{ip}] failed:'
        " Connection refused",
        "[{jcls}#charge] <--- ERROR SocketTimeoutException: Read timed out ({ms}ms)",
        logger="com.acme.gateway.PaymentClient|com.acme.inventory.StockClient",
    ),
    t(
        CRIT,
        "failed_to_start",
        "*************************** APPLICATION FAILED TO START *************************** Description: Web server"
        " failed to start. Port 8080 was already in use. Action: Identify and stop the process that's listening on port"
        " 8080 or configure this application to listen on another port.",
        "*************************** APPLICATION FAILED TO START *************************** Description: Failed to"
        " configure a DataSource: 'url' attribute is not specified and no embedded datasource could be configured.",
        "Application run failed",
        logger="o.s.b.d.LoggingFailureAnalysisReporter|o.s.boot.SpringApplication",
        sev="crit error",
    ),
    t(
        CRIT,
        "context_failed",
        "Exception encountered during context initialization - cancelling refresh attempt: org.springframework.beans."
        "factory.UnsatisfiedDependencyException: Error creating bean with name '{first}Controller'",
        "Error starting ApplicationContext. To display the condition evaluation report re-run your application with"
        " 'debug' enabled.",
        "HikariPool-1 - Exception during pool initialization.",
        logger="o.s.b.w.s.c.AnnotationConfigServletWebServerApplicationContext|o.s.b.a.l.ConditionEvaluationReportLogger|"
        + HK,
        sev="crit error",
    ),
    t(
        CRIT,
        "jvm_oom",
        "Terminating due to java.lang.OutOfMemoryError: Java heap space",
        'Exception in thread "main" java.lang.OutOfMemoryError: Metaspace',
        "# There is insufficient memory for the Java Runtime Environment to continue. # Native memory allocation (mmap)"
        " failed to map {num} bytes for committing reserved memory.",
        prefixes="none",
        sev="crit",
    ),
    t(
        SEC,
        "security_auth_failed",
        "Failed to authenticate since password does not match stored value",
        "Failed to process authentication request",
        "AuditEvent [timestamp={ts}, principal={user}, type=AUTHENTICATION_FAILURE, data={{type=org.springframework."
        "security.authentication.BadCredentialsException, message=Bad credentials}}]",
        logger="o.s.s.a.dao.DaoAuthenticationProvider|o.s.s.w.a.UsernamePasswordAuthenticationFilter|"
        "o.s.b.a.audit.listener.AuditListener",
        sev="warn info",
    ),
    t(
        SEC,
        "security_denied",
        "Sending AnonymousAuthenticationToken [Principal=anonymousUser, Credentials=[PROTECTED], Authenticated=true,"
        " Details=WebAuthenticationDetails [RemoteIpAddress={pip}, SessionId=null], Granted"
        " Authorities=[ROLE_ANONYMOUS]]"
        " to authentication entry point since access is denied",
        "Access Denied",
        "AuditEvent [timestamp={ts}, principal={user}, type=AUTHORIZATION_FAILURE, data={{type=org.springframework."
        "security.access.AccessDeniedException, message=Access Denied}}]",
        logger="o.s.s.w.a.ExceptionTranslationFilter|o.s.b.a.audit.listener.AuditListener",
    ),
    t(
        SEC,
        "csrf_jwt",
        "Invalid CSRF token found for http://{domain}{sj_path}",
        "Failed to authenticate since the JWT was invalid",
        "An error occurred while attempting to decode the Jwt: Jwt expired at {ts}",
        "An error occurred while attempting to decode the Jwt: Signed JWT rejected: Invalid signature",
        logger="o.s.security.web.csrf.CsrfFilter|o.s.s.o.s.r.w.a.BearerTokenAuthenticationFilter",
    ),
    t(
        UA,
        "security_login",
        "AuditEvent [timestamp={ts}, principal={user}, type=AUTHENTICATION_SUCCESS, data={{details=WebAuthentication"
        "Details [RemoteIpAddress={ip}, SessionId=null]}}]",
        "AuditEvent [timestamp={ts}, principal={user}, type=LOGOUT_SUCCESS, data={{}}]",
        "Set SecurityContextHolder to UsernamePasswordAuthenticationToken [Principal={user}, Credentials=[PROTECTED],"
        " Authenticated=true, Details=WebAuthenticationDetails [RemoteIpAddress={ip}], Granted"
        " Authorities=[ROLE_USER]]",
        logger="o.s.b.a.audit.listener.AuditListener|o.s.s.w.a.UsernamePasswordAuthenticationFilter",
    ),
    t(
        RES,
        "hikari_stats",
        "HikariPool-1 - Pool stats (total={n}, active={small}, idle={small}, waiting=0)",
        "HikariPool-1 - Before cleanup stats (total={n}, active={small}, idle={small}, waiting={small})",
        "HikariPool-1 - Fill pool skipped, pool has sufficient level or currently being filled (queueDepth=0).",
        logger=HK,
        sev="debug info",
    ),
    t(
        RES,
        "gc_log",
        "[{sec}s][info][gc] GC({n}) Pause Young (Normal) (G1 Evacuation Pause) {mb}M->{mb2}M({mb3}M) {ms}.{small}ms",
        "[{sec}s][info][gc] GC({n}) Pause Full (G1 Compaction Pause) {mb}M->{mb2}M({mb3}M) {ms}.{small}ms",
        "[{sec}s][info][gc,heap,exit] Heap garbage-first heap total {kb}K, used {kb2}K [0x{hex16}, 0x{hex16})",
        prefixes="none",
        sources="java",
    ),
    t(
        RES,
        "tomcat_threads",
        "Maximum number of threads ([200]) created for connector with address [null] and port [8080]",
        "The web application [ROOT] appears to have started a thread named [HikariPool-1 housekeeper] but has failed to"
        " stop it. This is very likely to create a memory leak.",
        "Thread starvation or clock leap detected (housekeeper delta={n}m{n}s{ms}ms).",
        logger="o.apache.tomcat.util.net.NioEndpoint|o.a.c.loader.WebappClassLoaderBase|" + HK,
    ),
    t(
        DEP,
        "renamed_keys",
        "The use of configuration keys that have been renamed was found in the environment: Property source 'Config"
        " resource 'class path resource [application.yml]' via location 'optional:classpath:/'': Key:"
        " spring.redis.host Line: {n} Replacement: spring.data.redis.host Each configuration key has been temporarily"
        " mapped to its replacement for your convenience. To silence this warning, please update your configuration to"
        " use the new keys.",
        "The use of configuration keys that are no longer supported was found in the environment: Key:"
        " management.metrics.export.prometheus.enabled Reason: none",
        logger="o.s.b.c.p.m.PropertiesMigrationListener",
    ),
    t(
        DEP,
        "hibernate_dialect",
        "HHH90000025: PostgreSQLDialect does not need to be specified explicitly using 'hibernate.dialect' (remove the"
        " property setting and it will be selected by default)",
        "HHH90000026: MySQL8Dialect has been deprecated; use org.hibernate.dialect.MySQLDialect instead",
        "HHH000223: Recognized obsolete hibernate namespace http://hibernate.org/dtd/. Use namespace"
        " http://www.hibernate.org/dtd/ instead. Refer to Hibernate 3.6 Migration Guide!",
        logger="org.hibernate.orm.deprecation|org.hibernate.internal.util.xml.DTDEntityResolver",
    ),
    t(
        DEP,
        "jvm_deprecated",
        "OpenJDK 64-Bit Server VM warning: Options -Xverify:none and -noverify were deprecated in JDK 13 and will"
        " likely"
        " be removed in a future release.",
        "WARNING: A terminally deprecated method in java.lang.System has been called WARNING:"
        " System::setSecurityManager"
        " will be removed in a future release",
        prefixes="none",
        sources="java",
    ),
    t(
        HTTP,
        "tomcat_access",
        '{ip} - - [{clf}] "{method} {sj_path} HTTP/1.1" {status} {size}',
        '{ip} - {user} [{clf}] "{method} {sj_path} HTTP/1.1" {status} {size} {ms}',
        prefixes="none",
        sources="tomcat spring",
    ),
    t(
        HTTP,
        "dispatcher_completed",
        "Completed {sj_reason}",
        "Completed {sj_reason}, headers=[Content-Type:application/json]",
        logger="o.s.web.servlet.DispatcherServlet",
        sev="debug",
    ),
    t(
        HTTP,
        "reactor_access",
        '{ip} - - [{clf}] "{method} {sj_path} HTTP/1.1" {status} {size} {ms} ms',
        '{ip}:{port} - - [{clf}] "{method} {sj_path} HTTP/1.1" {status} {size} {ms} ms',
        logger="reactor.netty.http.server.AccessLog",
    ),
    t(
        HTTP,
        "client_response",
        "[{jcls}#charge] <--- HTTP/1.1 {status} ({ms}ms)",
        "Response {sj_reason}",
        "[{hex8}] [{hex8}-{small}] Response {sj_reason}",
        logger="com.acme.gateway.PaymentClient|o.s.web.client.RestTemplate|o.s.w.r.f.client.ExchangeFunctions",
    ),
    t(
        HTTP,
        "logbook",
        '{{"origin":"local","type":"response","correlation":"{hex16}","duration":{ms},"protocol":"HTTP/1.1","status":'
        "{status}}}",
        '{{"origin":"remote","type":"response","correlation":"{hex16}","protocol":"HTTP/1.1","remote":"{ip}","method":'
        '"{method}","uri":"http://{svc}:8080{sj_path}","status":{status}}}',
        logger="org.zalando.logbook.Logbook",
    ),
]

"""Apache Tomcat (catalina.out / catalina.DATE.log in JULI's OneLineFormatter), its JVM, and Apache OFBiz

running inside it.

Phrasings follow Tomcat 9/10's LocalStrings.properties: catalina.startup (Server startup in [N]
milliseconds, Server version name), core.StandardService/StandardEngine (Starting service, Starting Servlet
engine), coyote.AbstractProtocol (Initializing/Starting/Pausing ProtocolHandler), startup.HostConfig
(Deploying web application archive, Deployment ... has finished in, Undeploying context),
core.StandardWrapperValve (Servlet.service() for servlet ... threw exception), core.StandardContext (One or
more listeners failed to start, Context [...] startup failed due to previous errors),
coyote.http11.Http11Processor (Error parsing HTTP request header, Invalid character found in method name),
realm.LockOutRealm (An attempt was made to authenticate the locked user), webresources.Cache (Unable to add
the resource ... consider increasing the maximum size of the cache), util.net.AbstractEndpoint (Maximum
number of threads created for connector), AJP (Invalid message received with signature), and Spring
Security's StrictHttpFirewall rejection. JVM lines are HotSpot's own warnings. OFBiz lines come from ofbiz-
framework's CheckOutHelper.java and service engine.
"""

from training.templates.families._labels import ce, dw, er, ru, sa, sn, wf

FAMILY = "tomcat"

P = "tomcat"
S = "tomcat"
_APP = "{ROOT|app|api|manager|jenkins|ofbiz|shop}"

TEMPLATES = [
    sn(
        "tomcat.server_startup",
        S,
        P,
        "Server startup in [{num}] milliseconds",
        "Server startup in {num} ms",
        logger="org.apache.catalina.startup.Catalina.start",
    ),
    sn(
        "tomcat.service_start",
        S,
        P,
        "Starting service [Catalina]",
        "Starting Servlet engine: [Apache Tomcat/{9.0|10.1}.{n}]",
        "Stopping service [Catalina]",
        logger="org.apache.catalina.core.StandardService.startInternal|org.apache.catalina.core.StandardEngine.startInternal",
    ),
    sn(
        "tomcat.protocol_handler",
        S,
        P,
        'Initializing ProtocolHandler ["http-nio-{8080|8443}"]',
        'Starting ProtocolHandler ["http-nio-{8080|8443}"]',
        'Pausing ProtocolHandler ["http-nio-{8080|8443}"]',
        'Destroying ProtocolHandler ["ajp-nio-127.0.0.1-8009"]',
        logger="org.apache.coyote.AbstractProtocol.init|org.apache.coyote.AbstractProtocol.start",
    ),
    sn(
        "tomcat.deploy",
        S,
        P,
        f"Deploying web application archive [/opt/tomcat/webapps/{_APP}.war]",
        f"Deployment of web application archive [/opt/tomcat/webapps/{_APP}.war] has finished in [{{num}}] ms",
        f"Deploying web application directory [/opt/tomcat/webapps/{_APP}]",
        f"Deployment of web application directory [/opt/tomcat/webapps/{_APP}] has finished in [{{n}}] ms",
        logger="org.apache.catalina.startup.HostConfig.deployWAR|org.apache.catalina.startup.HostConfig.deployDirectory",
    ),
    sn(
        "tomcat.undeploy_reload",
        S,
        P,
        f"Undeploying context [/{_APP}]",
        f"Reloading Context with name [/{_APP}] has started",
        f"Reloading Context with name [/{_APP}] is completed",
        logger="org.apache.catalina.startup.HostConfig.undeploy|org.apache.catalina.core.StandardContext.reload",
    ),
    sn(
        "tomcat.version_listener",
        S,
        P,
        "Server version name:   Apache Tomcat/{9.0|10.1}.{n}",
        "Server built:          {Jan|Feb|Mar} {n} 2024 14:{n2}:{n3} UTC",
        "JVM Version:           17.0.{small}+{small2}",
        "CATALINA_BASE:         /opt/tomcat",
        logger="org.apache.catalina.startup.VersionLoggerListener.log",
    ),
    sn(
        "tomcat.tld_scan",
        S,
        P,
        "At least one JAR was scanned for TLDs yet contained no TLDs. Enable debug logging for this logger for a "
        "complete list of JARs that were scanned but no TLDs were found in them. Skipping unneeded JARs during "
        "scanning can improve startup time and JSP compilation time.",
        "Loaded Apache Tomcat Native library [{1.2|2.0}.{n}] using APR version [1.7.{small}].",
        logger="org.apache.jasper.servlet.TldScanner.scanJars|org.apache.catalina.core.AprLifecycleListener.lifecycleEvent",
    ),
    er(
        "tomcat.servlet_exception",
        S,
        P,
        "Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing "
        "failed; nested exception is java.lang.NullPointerException] with root cause",
        f"Servlet.service() for servlet [jsp] in context with path [/{_APP}] threw exception [An exception occurred "
        "processing [/WEB-INF/views/index.jsp] at line [{n}]] with root cause",
        "Servlet.service() for servlet [{default|jersey-servlet}] in context with path [/api] threw exception",
        logger="org.apache.catalina.core.StandardWrapperValve.invoke",
    ),
    er(
        "tomcat.context_failed",
        S,
        P,
        f"Context [/{_APP}] startup failed due to previous errors",
        "Exception sending context initialized event to listener instance of class "
        "[org.springframework.web.context.ContextLoaderListener]",
        logger="org.apache.catalina.core.StandardContext.startInternal|org.apache.catalina.core.StandardContext.listenerStart",
    ),
    er(
        "tomcat.deploy_failed",
        S,
        P,
        f"Error deploying web application archive [/opt/tomcat/webapps/{_APP}.war]",
        f"Error deploying web application directory [/opt/tomcat/webapps/{_APP}]",
        "Error waiting for multi-thread deployment of WAR files to complete",
        logger="org.apache.catalina.startup.HostConfig.deployWAR",
    ),
    er(
        "tomcat.parse_header",
        S,
        P,
        "Error parsing HTTP request header Note: further occurrences of HTTP request parsing errors will be logged at "
        "DEBUG level.",
        "Error parsing HTTP request header Note: further occurrences of HTTP header parsing errors will be logged at "
        "DEBUG level.",
        logger="org.apache.coyote.http11.Http11Processor.service",
    ),
    er(
        "tomcat.jdbc_pool",
        S,
        P,
        "Unable to create initial connections of pool.",
        "Cannot create PoolableConnectionFactory (Communications link failure The last packet sent successfully to "
        "the server was 0 milliseconds ago.)",
        "Failed to complete processing of a request",
        logger="org.apache.tomcat.jdbc.pool.ConnectionPool.init|org.apache.coyote.AbstractProtocol$ConnectionHandler.process",
    ),
    er(
        "tomcat.session_persist",
        S,
        P,
        "Exception loading sessions from persistent storage",
        "Exception unloading sessions to persistent storage",
        "Session event listener threw exception",
        logger="org.apache.catalina.session.StandardManager.startInternal",
    ),
    sa(
        "tomcat.lockout",
        S,
        P,
        "An attempt was made to authenticate the locked user [{user}]",
        "An attempt was made to authenticate the locked user [{admin|tomcat|manager}]",
        logger="org.apache.catalina.realm.LockOutRealm.filterLockedAccounts",
    ),
    sa(
        "tomcat.ajp_invalid",
        S,
        P,
        "Invalid message received with signature [{num}]",
        "Invalid message received with signature [18245]",
        logger="org.apache.coyote.ajp.AjpMessage.processHeader",
    ),
    sa(
        "tomcat.invalid_target",
        S,
        P,
        "Invalid character found in the request target [/..%2f..%2f..%2fetc/passwd ]. The valid characters are "
        "defined in RFC 7230 and RFC 3986",
        "Invalid character found in method name [0x160x030x010x020x000x010x000x010xfc0x030x03...]. HTTP method names "
        "must be tokens",
        'The request was rejected because the URL contained a potentially malicious String ";"',
        logger="org.apache.coyote.http11.Http11Processor.service",
    ),
    ce(
        "tomcat.connector_init",
        S,
        P,
        "Failed to initialize connector [Connector[HTTP/1.1-{8080|8443}]]",
        "Protocol handler initialization failed",
        'Failed to start connector [Connector["http-nio-8080"]]',
        logger="org.apache.catalina.core.StandardService.initInternal|org.apache.catalina.startup.Catalina.load",
    ),
    ce(
        "tomcat.server_failed",
        S,
        P,
        "Failed to start component [StandardServer[8005]]",
        "The required Server component failed to start so Tomcat is unable to start.",
        "StandardServer.await: create[localhost:8005]: java.net.BindException: Address already in use",
        logger="org.apache.catalina.startup.Catalina.start|org.apache.catalina.core.StandardServer.await",
    ),
    ce(
        "tomcat.jvm_oom",
        S,
        P,
        'Exception in thread "http-nio-8080-exec-{small}" java.lang.OutOfMemoryError: Java heap space',
        'Exception in thread "Catalina-utility-{small}" java.lang.OutOfMemoryError: Metaspace',
        "java.lang.OutOfMemoryError: GC overhead limit exceeded",
        logger="org.apache.catalina.core.StandardWrapperValve.invoke",
    ),
    ce(
        "tomcat.jvm_crash",
        S,
        "none",
        "# A fatal error has been detected by the Java Runtime Environment:",
        "#  SIGSEGV (0xb) at pc=0x00007f{hex8}, pid={pid}, tid={tid}",
        "# An error report file with more information is saved as: /opt/tomcat/hs_err_pid{pid}.log",
    ),
    ru(
        "tomcat.max_threads",
        S,
        P,
        "Maximum number of threads ({n}) created for connector with address [null] and port [{8080|8443}]",
        "All threads ({n}) are currently busy, waiting. Increase maxThreads ({n2}) or check the servlet status",
        logger="org.apache.tomcat.util.net.AbstractEndpoint.countUpOrAwaitConnection",
    ),
    ru(
        "tomcat.resource_cache",
        S,
        P,
        f"Unable to add the resource at [/WEB-INF/lib/{{pkg}}-{{ver}}.jar] to the cache for web application [/{_APP}] "
        "because there was insufficient free space available after evicting expired cache entries - consider "
        "increasing the maximum size of the cache",
        f"The background cache eviction process was unable to free [10] percent of the cache for Context [/{_APP}] - "
        "consider increasing the maximum size of the cache. After eviction approximately [{num}] KB of data remained "
        "in the cache.",
        logger="org.apache.catalina.webresources.Cache.getResource",
    ),
    ru(
        "tomcat.securerandom",
        S,
        P,
        "Creation of SecureRandom instance for session ID generation using [SHA1PRNG] took [{num}] milliseconds.",
        "Creation of SecureRandom instance for session ID generation using [NativePRNG] took [{num}] milliseconds.",
        logger="org.apache.catalina.util.SessionIdGeneratorBase.createSecureRandom",
    ),
    dw(
        "tomcat.jvm_deprecated_options",
        S,
        "none",
        "OpenJDK 64-Bit Server VM warning: Options -Xverify:none and -noverify were deprecated in JDK 13 and will "
        "likely "
        "be removed in a future release.",
        "OpenJDK 64-Bit Server VM warning: Ignoring option MaxPermSize; support was removed in 8.0",
    ),
    dw(
        "tomcat.illegal_reflective",
        S,
        "none",
        "WARNING: An illegal reflective access operation has occurred",
        "WARNING: All illegal access operations will be denied in a future release",
        "WARNING: Please consider reporting this to the maintainers of "
        "org.apache.catalina.loader.WebappClassLoaderBase",
    ),
    dw(
        "tomcat.security_manager",
        S,
        "none",
        "WARNING: A terminally deprecated method in java.lang.System has been called",
        "WARNING: System::setSecurityManager has been called by org.apache.catalina.startup.Catalina "
        "(file:/opt/tomcat/lib/catalina.jar)",
    ),
    wf(
        "tomcat.ofbiz_tax",
        "ofbiz",
        "java",
        "Not calculating tax for new order because there is no shipping address, no billing address, and no address "
        "on the origin facility [{WebStoreWarehouse|_NA_|MyRetailStore}]",
        "Problem occurred in tax service (Could not find tax rate for product [{sku}])",
        logger="org.apache.ofbiz.order.shoppingcart.CheckOutHelper",
    ),
    wf(
        "tomcat.ofbiz_payment",
        "ofbiz",
        "java",
        "Error in authOrderPayments service: org.apache.ofbiz.service.GenericServiceException: Service "
        "[authOrderPayments] timed out",
        "Payment auth was NOT a success!",
        "Problems getting payment preferences",
        logger="org.apache.ofbiz.order.shoppingcart.CheckOutHelper",
    ),
    wf(
        "tomcat.ofbiz_order_change",
        "ofbiz",
        "java",
        "Problem with order change; see above error",
        "Problems with order change for order [{order}]: could not change status to ORDER_APPROVED",
        logger="org.apache.ofbiz.order.shoppingcart.CheckOutHelper|org.apache.ofbiz.order.order.OrderChangeHelper",
    ),
    dw(
        "tomcat.jdk_unsafe",
        S,
        "none",
        "WARNING: sun.misc.Unsafe::objectFieldOffset has been called by {jcls}",
        "WARNING: sun.misc.Unsafe::objectFieldOffset will be removed in a future release",
        "WARNING: sun.misc.Unsafe::{allocateMemory|putLong} has been called by "
        "org.apache.tomcat.util.buf.ByteBufferUtils",
    ),
    dw(
        "tomcat.jdk_native_access",
        S,
        "none",
        "WARNING: Use --enable-native-access=ALL-UNNAMED to avoid a warning for callers in this module",
        "WARNING: Restricted methods will be blocked in a future release unless native access is enabled",
        "OpenJDK 64-Bit Server VM warning: Ignoring option --illegal-access=warn; support was removed in 17.0",
    ),
    wf(
        "tomcat.ofbiz_invoice",
        "ofbiz",
        "java",
        "Error creating Invoice item for product : {sku}",
        "Error creating invoice for shipment : {order}",
        logger="org.apache.ofbiz.accounting.invoice.InvoiceServices",
    ),
]

"""More Tomcat: Spring Boot's embedded-Tomcat lines and the JDK's dynamic-agent deprecation warning.

Phrasings follow Spring Boot's TomcatWebServer / ServletWebServerApplicationContext ("Tomcat initialized with port
8080 (http)", "Tomcat started on port 8080 (http) with context path ''", "Root WebApplicationContext: initialization
completed in N ms"), its failure analyzer ("Web server failed to start. Port 8080 was already in use."), and JDK 21's
JEP 451 warning ("A Java agent has been loaded dynamically", "Dynamic loading of agents will be disallowed by default
in a future release").
"""

from training.templates.families._labels import ce, dw, sn
from training.templates.families.tomcat import FAMILY as FAMILY

S = "tomcat"

TEMPLATES = [
    sn(
        "tomcat.spring_boot_started",
        S,
        "spring java",
        "Tomcat initialized with port {8080|8081|9090} (http)",
        "Tomcat started on port {8080|8081|9090} (http) with context path ''",
        "Root WebApplicationContext: initialization completed in {num} ms",
        logger="o.s.b.w.embedded.tomcat.TomcatWebServer|w.s.c.ServletWebServerApplicationContext",
    ),
    ce(
        "tomcat.spring_boot_port",
        S,
        "spring none",
        "Web server failed to start. Port {8080|8081} was already in use.",
        "Application run failed",
        logger="o.s.b.d.LoggingFailureAnalysisReporter|o.s.boot.SpringApplication",
    ),
    dw(
        "tomcat.jdk_dynamic_agent",
        S,
        "none",
        "WARNING: A Java agent has been loaded dynamically (/opt/{newrelic|dynatrace|appd}/agent.jar)",
        "WARNING: If a serviceability tool is in use, please run with -XX:+EnableDynamicAgentLoading to hide this "
        "warning",
        "WARNING: Dynamic loading of agents will be disallowed by default in a future release",
    ),
]

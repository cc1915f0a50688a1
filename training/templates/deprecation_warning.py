"""Deprecation Warning: a feature, API, module, option or method is deprecated or scheduled for removal."""

from functools import partial

from training.templates import make

t = partial(make, "Deprecation Warning")
APPS = "ModernCRM BillingSystem ModernHR AnalyticsEngine ThirdPartyAPI"

TEMPLATES = [
    t(
        "dep.python_warning",
        "AnalyticsEngine ThirdPartyAPI python",
        "py none",
        "/opt/app/{svc}/utils.py:{n}: DeprecationWarning: datetime.datetime.utcnow() is deprecated and scheduled for "
        "removal in a future version. Use timezone-aware objects to represent datetimes in UTC",
        "{file}:{n}: DeprecationWarning: the imp module is deprecated in favour of importlib",
        "DeprecationWarning: pkg_resources is deprecated as an API. See https://setuptools.pypa.io/en/latest/"
        "pkg_resources.html",
    ),
    t(
        "dep.python_distutils",
        "python AnalyticsEngine",
        "py none",
        "DeprecationWarning: The distutils package is deprecated and slated for removal in Python 3.12. Use "
        "setuptools or check PEP 632 for potential alternatives",
        "DeprecationWarning: ssl.PROTOCOL_TLS is deprecated",
    ),
    t(
        "dep.pandas_numpy",
        "AnalyticsEngine",
        "py none",
        "FutureWarning: The default value of numeric_only in DataFrame.{mean|sum|corr} is deprecated. In a future "
        "version, it will default to False.",
        "DeprecationWarning: `np.{bool|int|float|object}` is a deprecated alias for the builtin. To silence this "
        "warning, use the builtin by itself.",
        "FutureWarning: Series.__getitem__ treating keys as positions is deprecated.",
    ),
    t(
        "dep.django",
        "ModernHR django",
        "py",
        "RemovedInDjango{50|51|60}Warning: The {USE_L10N|DEFAULT_FILE_STORAGE|STATICFILES_STORAGE} setting is "
        "deprecated.",
        "RemovedInDjango51Warning: The 'index_together' option is deprecated. Use 'indexes' instead.",
        logger="py.warnings",
    ),
    t(
        "dep.node_dep0005",
        "node ModernCRM ThirdPartyAPI",
        "none iso",
        "(node:{pid}) [DEP0005] DeprecationWarning: Buffer() is deprecated due to security and usability issues. "
        "Please use the Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.",
        "(node:{pid}) [DEP0040] DeprecationWarning: The `punycode` module is deprecated. Please use a userland "
        "alternative instead.",
        "(node:{pid}) [DEP0{n}] DeprecationWarning: {url.parse()|util.isArray()|util.isDate()} is deprecated",
        "(node:{pid}) [DEP0147] DeprecationWarning: In future versions of Node.js, "
        "fs.rmdir(path, {{ recursive: true }}) will be removed. Use fs.rm(path, {{ recursive: true }}) instead",
    ),
    t(
        "dep.npm",
        "npm node",
        "none",
        "npm WARN deprecated {request@2.88.2|uuid@3.4.0|har-validator@5.1.5|querystring@0.2.0}: this library is no "
        "longer supported",
        "npm WARN deprecated {rimraf@3.0.2|glob@7.2.3|inflight@1.0.6}: Rimraf versions prior to v4 are no longer "
        "supported",
    ),
    t(
        "dep.javac",
        "maven gradle BillingSystem",
        "none",
        "[WARNING] {OrderService|InvoiceMapper|CustomerDao}.java:[{n},{small}] [deprecation] {getDate()|"
        "Integer(int)|newInstance()} in {java.util.Date|java.lang.Integer|java.lang.Class} has been deprecated",
        "Note: Some input files use or override a deprecated API.",
        "warning: [removal] finalize() in Object has been deprecated and marked for removal",
    ),
    t(
        "dep.spring",
        "ModernCRM BillingSystem ModernHR",
        "java",
        "Property 'spring.profiles' is deprecated: Use 'spring.config.activate.on-profile' instead.",
        "The {WebSecurityConfigurerAdapter|RestTemplateBuilder#setConnectTimeout} class is deprecated since "
        "{ver} and marked for removal",
        logger="o.s.b.c.p.m.PropertiesMigrationListener|o.s.s.c.a.w.c.WebSecurityConfigurerAdapter",
    ),
    t(
        "dep.hibernate",
        "ModernCRM BillingSystem",
        "java",
        "HHH90000026: MySQL8Dialect has been deprecated; use org.hibernate.dialect.MySQLDialect instead",
        "HHH90000021: Encountered deprecated setting "
        "[{javax.persistence.jdbc.url|hibernate.id.new_generator_mappings}]",
        logger="org.hibernate.orm.deprecation",
    ),
    t(
        "dep.hadoop_config",
        "hadoop hdfs",
        "hadoop",
        "{mapred.job.tracker|mapred.task.id|fs.default.name|dfs.umaskmode} is deprecated. Instead, use "
        "{mapreduce.jobtracker.address|mapreduce.task.attempt.id|fs.defaultFS|fs.permissions.umask-mode}",
        logger="org.apache.hadoop.conf.Configuration.deprecation",
        sev="info warn",
    ),
    t(
        "dep.spark_config",
        "spark",
        "spark",
        "The configuration key 'spark.yarn.executor.memoryOverhead' has been deprecated as of Spark 2.3 and may be "
        "removed in the future. Please use the new key 'spark.executor.memoryOverhead' instead.",
        "Support for Java 8 is deprecated as of Spark 3.5.0",
        logger="SparkConf",
    ),
    t(
        "dep.kafka_zk",
        "kafka zookeeper",
        "java zk",
        "Kafka is running in ZooKeeper mode, which is deprecated and will be removed in 4.0",
        "The configuration 'zookeeper.connect' is deprecated for KRaft clusters",
        "Digest authentication using plain text passwords is deprecated and will be removed",
        logger="kafka.server.KafkaConfig|ZooKeeperServer",
    ),
    t(
        "dep.k8s_api",
        "k8s kubectl",
        "klog none",
        "Warning: {batch/v1beta1 CronJob|policy/v1beta1 PodSecurityPolicy|extensions/v1beta1 Ingress|"
        "autoscaling/v2beta2 HorizontalPodAutoscaler} is deprecated in v1.{22|21|23}+, unavailable in v1.{25|26}+",
        "deprecated API flowcontrol.apiserver.k8s.io/v1beta2 requested by {svc}; will be removed in v1.{n}",
    ),
    t(
        "dep.kubelet_flag",
        "kubelet",
        "klog",
        "Flag --{pod-infra-container-image|cgroup-driver|container-runtime} has been deprecated, This parameter "
        "should be set via the config file specified by the Kubelet's --config flag.",
        "Flag --{experimental-allocatable-ignore-eviction|keep-terminated-pod-volumes} has been deprecated, will be "
        "removed in a future release.",
    ),
    t(
        "dep.docker",
        "dockerd docker-compose",
        "logfmt none",
        "[DEPRECATION NOTICE] Docker Image Format v1 and Docker Image manifest version 2, schema 1 support is "
        "disabled by default and will be removed in an upcoming release.",
        "docker-compose.yml: the attribute `version` is obsolete, it will be ignored, please remove it",
    ),
    t(
        "dep.containerd",
        "containerd",
        "logfmt",
        'Configuration deprecated: "io.containerd.grpc.v1.cri".registry.{configs|mirrors} is deprecated since '
        "containerd v1.5 and will be removed in containerd v2.0",
        "the aufs snapshotter is deprecated and will be removed in a future release",
    ),
    t(
        "dep.php",
        "php-fpm WebServer",
        "php",
        "PHP Deprecated:  {Creation of dynamic property App\\Models\\Order::$legacy|Function utf8_encode()|"
        "Passing null to parameter #1 ($string) of type string} is deprecated in {file} on line {n}",
        "PHP Deprecated:  Optional parameter $options declared before required parameter $id is implicitly treated "
        "as a required parameter in /var/www/app/src/Api.php on line {n}",
    ),
    t(
        "dep.rails",
        "ModernCRM rails",
        "rails none",
        "DEPRECATION WARNING: {Using legacy connection handling|`to_s(:db)`|ActiveSupport::Deprecation singleton} "
        "is deprecated and will be removed from Rails 7.{small}. (called from {block in <class:Order>|index} at "
        "app/{models|controllers}/{svc}.rb:{n})",
        "DEPRECATION WARNING: `Rails.application.secrets` is deprecated in favor of `Rails.application.credentials`",
    ),
    t(
        "dep.ruby",
        "ruby rails",
        "none rails",
        "Gem::Specification#rubyforge_project= is deprecated with no replacement. It will be removed on or after "
        "{date}.",
        "warning: URI.escape is obsolete",
    ),
    t(
        "dep.terraform",
        "terraform",
        "none",
        "Warning: Argument is deprecated. Use the aws_s3_bucket_{versioning|acl|lifecycle_configuration} resource "
        "instead",
        'Warning: Deprecated attribute. The attribute "{id|self_link|inline_policy}" is deprecated. Refer to the '
        "provider documentation for details.",
    ),
    t(
        "dep.ansible",
        "ansible",
        "none",
        "[DEPRECATION WARNING]: {include|with_items on a dict|ANSIBLE_COLLECTIONS_PATHS} is deprecated, use "
        "{include_tasks/import_tasks|dict2items|ANSIBLE_COLLECTIONS_PATH} instead. This feature will be removed in "
        "version 2.{16|17|19}.",
    ),
    t(
        "dep.mysql",
        "mysql",
        "mysql",
        "'{SQL_CALC_FOUND_ROWS|utf8mb3|Integer display width|NO_ZERO_DATE}' is deprecated and will be removed in a "
        "future release.",
        "The syntax '--skip-host-cache' is deprecated and will be removed in a future release. Please use SET "
        "GLOBAL host_cache_size=0 instead.",
        sev="warn",
    ),
    t(
        "dep.postgres",
        "postgresql",
        "pg",
        "password_encryption=md5 is deprecated and will be removed in a future release; use scram-sha-256",
        'operator class "{gist_trgm_ops|abstime_ops}" is deprecated and will be removed',
        sev="warn",
    ),
    t(
        "dep.mongo",
        "mongodb node",
        "mongo none",
        "DeprecationWarning: collection.{insert|update|remove} is deprecated. Use {insertOne, insertMany or "
        "bulkWrite|updateOne, updateMany, or bulkWrite|deleteOne, deleteMany, or bulkWrite} instead.",
        "Use of the deprecated option 'useUnifiedTopology' has no effect since driver 4.0",
        logger="CONTROL",
    ),
    t(
        "dep.redis",
        "redis",
        "redis",
        "The '{slaveof|slave-serve-stale-data|slave-read-only}' config directive is deprecated, use "
        "'{replicaof|replica-serve-stale-data|replica-read-only}' instead",
        "SLAVEOF command is deprecated, use REPLICAOF instead",
        sev="warn",
    ),
    t(
        "dep.nginx",
        "nginx",
        "nginx_err",
        'the "listen ... http2" directive is deprecated, use the "http2" directive instead in '
        "/etc/nginx/conf.d/{svc}.conf:{n}",
        'the "ssl" directive is deprecated, use the "listen ... ssl" directive instead in /etc/nginx/nginx.conf:{n}',
        sev="warn",
    ),
    t(
        "dep.apache",
        "apache",
        "apache_err",
        "Order, Allow and Deny directives are deprecated in Apache 2.4 (/etc/apache2/sites-enabled/{svc}.conf:{n});"
        " use Require",
        "SSLProtocol TLSv1 is deprecated and will be disabled in a future release",
    ),
    t(
        "dep.oslo_option",
        "nova-api nova-compute neutron-server cinder-api keystone",
        "openstack",
        'Option "{auth_strategy|use_neutron|verbose|rpc_backend}" from group "DEFAULT" is deprecated for removal. '
        "Its value may be silently ignored in the future.",
        'Option "{notification_driver|notification_topics}" from group "DEFAULT" is deprecated. Use option '
        '"{driver|topics}" from group "oslo_messaging_notifications".',
        logger="oslo_config.cfg",
        sev="warn",
    ),
    t(
        "dep.api_endpoint",
        APPS,
        "iso json java",
        "endpoint {getCustomerDetails|listInvoices|fetchEmployee} is deprecated, use v2",
        "API v{small} endpoint /{orders|contacts|payroll} is deprecated and will be removed on {date}",
        "client {hex8} called deprecated route {url}; sunset date {date}",
    ),
    t(
        "dep.module_removal",
        APPS + " LegacyCRM",
        "iso java none",
        "module {ReportGenerator|LegacyExporter|InvoicePrinter} will be removed in {major}.0",
        "The '{ReportGenerator|DataSync|QuickQuote}' module will be retired in version {major}.0. Please migrate to"
        " the '{AnalyticsSuite|SyncService|QuoteBuilder}' module.",
    ),
    t(
        "dep.legacy_crm",
        "LegacyCRM",
        "none java",
        "The 'ExportToCSV' function is outdated and no longer supported; switch to the new export API",
        "Support for legacy authentication method BasicAuthV1 ends in version {major}.0",
        "Method getAccountNotes() is obsolete and will be dropped with the next upgrade; use AccountTimeline",
    ),
    t(
        "dep.legacy_crm_ui",
        "LegacyCRM",
        "none",
        "Classic dashboard view is deprecated since {date}; users will be moved to the new workspace",
        "Custom field type 'PickListV1' is deprecated and will not be editable after release {major}.{small}",
    ),
    t(
        "dep.windows",
        "WindowsEventLog",
        "win",
        "{SMBv1|WMIC|VBScript|Internet Explorer mode} is deprecated and will be removed in a future release of "
        "Windows.",
        "TLS 1.0 and TLS 1.1 are deprecated; connections negotiated with them will be blocked in a future update",
        logger="Microsoft-Windows-SMBServer:3000|Schannel:36871",
    ),
    t(
        "dep.macos",
        "macOS",
        "macos",
        "kext com.{vendor|acme}.driver.{Audio|Net} uses a deprecated kernel programming interface and will not be "
        "compatible with future versions of macOS",
        "Legacy system extension {com.acme.vpn|com.globex.fuse} is deprecated; contact the developer for a "
        "system extension",
        proc="kernelmanagerd",
        logger="com.apple.kext",
        sev="warn notice",
    ),
    t(
        "dep.android",
        "android gradle",
        "logcat none",
        "Warning: API 'variant.getJavaCompile()' is obsolete and has been replaced with "
        "'variant.getJavaCompileProvider()'.",
        "AsyncTask is deprecated in API level 30; use java.util.concurrent instead",
        "targetSdkVersion {28|29|30} is deprecated; apps must target API level {33|34} or higher",
        logger="Gradle|StrictMode",
    ),
    t(
        "dep.go",
        "ThirdPartyAPI go",
        "none",
        "{main.go|client/conn.go}:{n}:{small}: SA1019: grpc.WithInsecure is deprecated: use WithTransportCredentials"
        " and insecure.NewCredentials() instead.",
        "{main.go|store/file.go}:{n}:{small}: SA1019: ioutil.ReadAll is deprecated: As of Go 1.16, this function "
        "simply calls io.ReadAll.",
    ),
    t(
        "dep.dotnet",
        "ModernHR dotnet",
        "none iso",
        "warning SYSLIB0014: 'WebRequest.Create(string)' is obsolete: 'WebRequest, HttpWebRequest, ServicePoint, "
        "and WebClient are obsolete. Use HttpClient instead.'",
        "warning CS0618: '{BinaryFormatter.Serialize(Stream, object)|Startup.ConfigureServices}' is obsolete",
    ),
    t(
        "dep.elasticsearch",
        "elasticsearch",
        "java",
        "[types removal] Specifying types in search requests is deprecated.",
        "Camel case format name {dateOptionalTime|strictDateOptionalTime} is deprecated and will be removed in a "
        "future version.",
        logger="o.e.d.r.a.s.RestSearchAction|o.e.d.c.j.Joda",
        sev="warn",
    ),
    t(
        "dep.gradle_helm",
        "gradle helm",
        "none",
        "Deprecated Gradle features were used in this build, making it incompatible with Gradle {9|10}.0.",
        "WARNING: This chart is deprecated",
        "Chart {svc} depends on deprecated repository https://charts.helm.sh/stable",
    ),
    t(
        "dep.crypto",
        "ThirdPartyAPI envoy",
        "iso envoy",
        "SHA-1 signatures are deprecated and will be rejected after {date}",
        "cipher suite TLS_RSA_WITH_AES_128_CBC_SHA is deprecated; remove it from the allowed list",
        logger="config",
    ),
    t(
        "dep.browser",
        "WebServer frontend",
        "json none",
        "[Deprecation] Synchronous XMLHttpRequest on the main thread is deprecated because of its detrimental "
        "effects to the end user's experience.",
        "[Deprecation] Listener added for a 'DOMNodeInserted' mutation event. Support for this event type has been "
        "removed",
    ),
    t(
        "dep.config_key",
        APPS,
        "iso json java py",
        "config key '{db.pool_size|auth.legacy_mode|cache.ttl_seconds}' is deprecated; use '{database.pool.max|"
        "auth.mode|cache.ttl}' instead",
        "setting {ENABLE_V1_EXPORT|USE_OLD_TAX_ENGINE} is deprecated and will be ignored from release {major}.0",
    ),
]

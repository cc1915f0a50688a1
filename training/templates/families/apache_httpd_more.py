"""More Apache httpd error-log lines: PHP 8.1 deprecations written through mod_php/php-fpm, mod_proxy_balancer
state changes and mod_reqtimeout.

PHP messages are PHP 8.1's own deprecation texts ("Automatic conversion of false to array is deprecated", "Return
type of ... should either be compatible with ..., or the #[\\ReturnTypeWillChange] attribute should be used to
temporarily suppress the notice"); AH numbers are httpd's (mod_reqtimeout AH01382, mod_proxy AH01144/AH00930).
"""

from training.templates.families._labels import dw, er, sn
from training.templates.families.apache_httpd import FAMILY as FAMILY

P = "apache_err"
S = "apache"

TEMPLATES = [
    dw(
        "apache.php81_return_type",
        S,
        P,
        "{ap_cl} PHP Deprecated:  Return type of {jcls}::getIterator() should either be compatible with "
        "IteratorAggregate::getIterator(): Traversable, or the #[\\ReturnTypeWillChange] attribute should be used to "
        "temporarily suppress the notice in {ap_docroot}/vendor/lib/Collection.php on line {n}",
        "{ap_cl} PHP Deprecated:  Automatic conversion of false to array is deprecated in {ap_docroot}/includes/"
        "cache.php on line {n}",
    ),
    er(
        "apache.reqtimeout",
        S,
        P,
        "{ap_cl} AH01382: Request header read timeout",
        "{ap_cl} AH01382: Request body read timeout",
        "(70007)The timeout specified has expired: {ap_cl} AH01110: error reading response",
    ),
    er(
        "apache.no_protocol_handler",
        S,
        P,
        "{ap_cl} AH01144: No protocol handler was valid for the URL /{app|api}/ (scheme 'http'). If you are using a "
        "DSO "
        "version of mod_proxy, make sure the proxy submodules are included in the configuration using LoadModule.",
        "{ap_cl} AH01144: No protocol handler was valid for the URL /ws (scheme 'ws').",
    ),
    sn(
        "apache.proxy_pool",
        S,
        P,
        "AH00930: initialized pool in child {pid} for (127.0.0.1:{8080|8000}) min=0 max={n} smax={n2}",
        "AH00931: initialized single connection worker in child {pid} for (127.0.0.1:{8080|8000})",
    ),
]

# The proxy in front of the portal's app instances: keeps what anonymous visitors get,
# passes everything personal, and forgets pages when the portal says they changed.
#
# The app decides what may be kept: a response is cached only if it says
# "Cache-Control: public" and sets no cookie (operations/cache_headers.py). Editors
# (with a session cookie), the admin, /healthz/ and every POST go straight through.
# The portal is one site: the cache is keyed on the path and query alone.
#
# backends.vcl (beside this file, or earlier on vcl_path) names the app instances, the
# "app" director that spreads requests over them, and the "purgers" allowed to purge
# and ban (the app instances and the worker); make up writes its own.
vcl 4.1;

import directors;
import std;

include "backends.vcl";

sub vcl_recv {
    set req.backend_hint = app.backend();

    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        return (purge);
    }
    if (req.method == "BAN") {
        if (client.ip !~ purgers || !req.http.X-Ban-Path) {
            return (synth(405, "Not allowed"));
        }
        ban("obj.http.X-Url ~ " + req.http.X-Ban-Path);
        return (synth(200, "Banned"));
    }
    # Varnish has already appended the client's address to X-Forwarded-For; the app
    # trusts that one entry (TRUSTED_PROXY_HOPS=1) and nothing the client wrote.
    unset req.http.X-Ban-Path;

    if (req.method != "GET" && req.method != "HEAD") {
        # A public form's body is read whole before an app worker, which serves one
        # request at a time, sees it: a slow client cannot hold the worker. Django
        # refuses more than 5 MB (DATA_UPLOAD_MAX_MEMORY_SIZE) anyway: a body said to
        # be larger is refused at once (413), one sent in chunks that grows past it
        # fails (503) and its connection is closed. The admin's uploads are streamed.
        if (req.url !~ "^/admin/") {
            if (std.integer(req.http.Content-Length, 0) > 5242880) {
                return (synth(413, "Request body too large"));
            }
            if (!std.cache_req_body(5MB)) {
                return (fail);
            }
        }
        return (pass);
    }
    if (req.url ~ "^/(admin|healthz)(/|$)") {
        return (pass);
    }
    # A signed-in editor (or anyone with a session or CSRF cookie) gets their own page.
    if (req.http.Cookie ~ "(^|;\s*)(sessionid|csrftoken)=") {
        return (pass);
    }
    # No other cookie matters to the portal, and none may split or bypass the cache.
    unset req.http.Cookie;
    unset req.http.Authorization;
    return (hash);
}

sub vcl_hash {
    hash_data(req.url);
    return (lookup);
}

sub vcl_backend_fetch {
    # A retry (below) asks the director again: the next instance, not the dead one.
    if (bereq.retries > 0) {
        set bereq.backend = app.backend();
    }
}

sub vcl_backend_response {
    # For bans: the path the object answers, so a language's pages go at once.
    set beresp.http.X-Url = bereq.url;

    if (beresp.http.Set-Cookie || beresp.http.Cache-Control !~ "(^|,\s*)public") {
        # Never kept; remembered as "pass" for a while so requests do not queue for it.
        set beresp.uncacheable = true;
        set beresp.ttl = 60s;
        return (deliver);
    }
    # Keep serving the stale copy while one request fetches a fresh one.
    if (beresp.http.Cache-Control ~ "stale-while-revalidate=\d+") {
        set beresp.grace = std.duration(
            regsub(beresp.http.Cache-Control, ".*stale-while-revalidate=(\d+).*", "\1s"), 0s);
    }
    # Compressed once here rather than by every app request.
    if (beresp.http.Content-Type ~ "^(text/|application/(json|javascript|xml|rss\+xml|ld\+json))"
        || beresp.http.Content-Type ~ "^image/svg") {
        set beresp.do_gzip = true;
    }
    return (deliver);
}

sub vcl_backend_error {
    # An instance that stopped (a restart, a crash) before the health probe noticed:
    # a request that changes nothing is tried on the next instance.
    if (bereq.retries < 2 && (bereq.method == "GET" || bereq.method == "HEAD")) {
        return (retry);
    }
}

sub vcl_deliver {
    unset resp.http.X-Url;
    unset resp.http.Via;
    unset resp.http.X-Varnish;
    if (obj.uncacheable) {
        set resp.http.X-Cache = "pass";
    } elsif (obj.hits > 0) {
        set resp.http.X-Cache = "hit";
    } else {
        set resp.http.X-Cache = "miss";
    }
}

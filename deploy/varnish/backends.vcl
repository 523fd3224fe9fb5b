# The app instances behind the proxy, as deploy/systemd/ runs them: two gunicorns on
# this host. compose.yaml mounts deploy/varnish/compose-backends.vcl instead, and
# make up writes its own into its data folder.
acl purgers {
    "127.0.0.1";
    "::1";
}

probe live {
    .url = "/healthz/live/";
    .interval = 2s;
    .timeout = 1s;
    .window = 3;
    .threshold = 2;
}

backend web1 { .host = "127.0.0.1"; .port = "8001"; .probe = live; }
backend web2 { .host = "127.0.0.1"; .port = "8002"; .probe = live; }

sub vcl_init {
    new app = directors.round_robin();
    app.add_backend(web1);
    app.add_backend(web2);
}

# The app instances behind the proxy in compose.yaml: the services web1 and web2.
acl purgers {
    "web1";
    "web2";
    "worker";
}

probe live {
    .url = "/healthz/live/";
    .interval = 2s;
    .timeout = 1s;
    .window = 3;
    .threshold = 2;
}

backend web1 { .host = "web1"; .port = "8000"; .probe = live; }
backend web2 { .host = "web2"; .port = "8000"; .probe = live; }

sub vcl_init {
    new app = directors.round_robin();
    app.add_backend(web1);
    app.add_backend(web2);
}

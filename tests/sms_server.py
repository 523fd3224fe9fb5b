"""An HTTP server on a loopback port that answers as the SMS provider's API does
(outbox.sms, the 46elks backend) and records every request it gets, for tests."""

import base64
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs


class SMSServer:
    """Started on ``start()``; ``received`` holds each request as a dict: the path, the
    user name and password from its basic authentication, and its form fields."""

    def __init__(self):
        self.received = []
        self.answer_status = 200  # set 503 to play a provider that is down
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                fields = parse_qs(self.rfile.read(length).decode())
                auth = self.headers.get("Authorization", "")
                user, _colon, password = (
                    base64.b64decode(auth.removeprefix("Basic ")).decode().partition(":")
                    if auth.startswith("Basic ")
                    else ("", "", "")
                )
                if server.answer_status != 200:
                    self.send_response(server.answer_status)
                    self.end_headers()
                    return
                server.received.append(
                    {
                        "path": self.path,
                        "user": user,
                        "password": password,
                        **{name: values[0] for name, values in fields.items()},
                    }
                )
                body = json.dumps(
                    {"id": f"s{len(server.received)}", "status": "created", "to": fields["to"][0]}
                ).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}/a1/sms"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def settings(self):
        return {
            "SMS_BACKEND": "46elks",
            "SMS_API_URL": self.url,
            "SMS_API_USERNAME": "u-test",
            "SMS_API_PASSWORD": "p-test",
            "SMS_SENDER": "Stockholm",
        }

    def start(self):
        self._thread.start()

    def stop(self):
        self._server.shutdown()
        self._server.server_close()

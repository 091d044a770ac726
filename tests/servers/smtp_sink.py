#!/usr/bin/python3
"""SMTP sink for EntSync's tests (Debian python3-aiosmtpd 1.4.3, run with /usr/bin/python3).

Two servers on 127.0.0.1, both with STARTTLS (the shared test certificate):
  --port         AUTH LOGIN/PLAIN required, only after STARTTLS (user/password given on the command line)
  --noauth-port  no AUTH offered at all (a client holding credentials must refuse to send here)
Each message accepted is written atomically to --maildir as <n>.eml (raw bytes as received) and <n>.json
({"mail_from", "rcpt_tos", "tls", "authenticated", "port"}), so tests can read envelope recipients.
"""
import argparse
import asyncio
import itertools
import json
import os
import signal
import ssl
import time

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword

counter = itertools.count(1)


class Sink:
    def __init__(self, maildir, port):
        self.maildir = maildir
        self.port = port

    async def handle_DATA(self, server, session, envelope):
        name = f"{time.time_ns()}-{next(counter)}"
        meta = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": list(envelope.rcpt_tos),
            "tls": session.ssl is not None,
            "authenticated": bool(session.authenticated),
            "port": self.port,
        }
        write_atomic(os.path.join(self.maildir, name + ".eml"), envelope.original_content)
        write_atomic(os.path.join(self.maildir, name + ".json"), json.dumps(meta).encode())
        return "250 2.0.0 OK"


def write_atomic(path, data):
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.rename(tmp, path)


class CaseInsensitiveAuthSMTP(SMTP):
    # RFC 4954 mechanism names are case-insensitive; .NET's SmtpClient sends "AUTH login".
    async def smtp_AUTH(self, arg):
        if arg:
            parts = arg.split(" ", 1)
            parts[0] = parts[0].upper()
            arg = " ".join(parts)
        return await super().smtp_AUTH(arg)


class NoAuthSMTP(SMTP):
    # aiosmtpd always advertises AUTH after STARTTLS; this server must advertise none.
    async def push(self, status):
        if status.strip() in ("250-AUTH", "250 AUTH"):
            return
        return await super().push(status)


class SinkController(Controller):
    def __init__(self, smtp_class, *args, **kwargs):
        self.smtp_class = smtp_class
        super().__init__(*args, **kwargs)

    def factory(self):
        return self.smtp_class(self.handler, **self.SMTP_kwargs)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--noauth-port", type=int, required=True)
    p.add_argument("--cert", required=True)
    p.add_argument("--key", required=True)
    p.add_argument("--maildir", required=True)
    p.add_argument("--user", required=True)
    p.add_argument("--password", required=True)
    a = p.parse_args()

    tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    tls.load_cert_chain(a.cert, a.key)

    def authenticator(server, session, envelope, mechanism, auth_data):
        ok = isinstance(auth_data, LoginPassword) and auth_data.login == a.user.encode() and auth_data.password == a.password.encode()
        # handled=False: aiosmtpd then answers 535 itself (its default, handled=True, answers nothing).
        return AuthResult(success=ok, handled=False)

    auth = SinkController(CaseInsensitiveAuthSMTP, Sink(a.maildir, a.port), hostname="127.0.0.1", port=a.port,
                          tls_context=tls, require_starttls=True, auth_required=True, auth_require_tls=True,
                          authenticator=authenticator)
    noauth = SinkController(NoAuthSMTP, Sink(a.maildir, a.noauth_port), hostname="127.0.0.1", port=a.noauth_port,
                            tls_context=tls, auth_exclude_mechanism=["LOGIN", "PLAIN"])
    auth.start()
    noauth.start()
    stop = asyncio.Event()
    loop = asyncio.new_event_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    loop.run_until_complete(stop.wait())
    auth.stop()
    noauth.stop()


if __name__ == "__main__":
    main()

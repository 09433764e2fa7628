"""A real nginx on loopback for the HTTP sync tests: started on a free port with its own config,
serving a folder, with locations that misbehave (500, reset, slow) and an access log that
records the bytes each request sent."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

NGINX = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)

_CONF = """
daemon off;
worker_processes 1;
pid {prefix}/nginx.pid;
error_log {prefix}/error.log warn;
{user}
events {{ worker_connections 64; }}
http {{
    types {{ application/json json; application/octet-stream fkpack; }}
    default_type application/octet-stream;
    log_format bytes '$request_uri $status $body_bytes_sent "$http_range"';
    access_log {prefix}/access.log bytes;
    client_body_temp_path {prefix}/tmp; proxy_temp_path {prefix}/tmp;
    fastcgi_temp_path {prefix}/tmp; uwsgi_temp_path {prefix}/tmp; scgi_temp_path {prefix}/tmp;
    gzip on; gzip_types application/json application/octet-stream; gzip_min_length 1;
    server {{
        listen 127.0.0.1:{port}{ssl};
        {tls}
        root {root};
        location /feed/ {{ alias {root}/; }}
        location /slow/ {{ alias {root}/; limit_rate 2k; }}
        location /broken/ {{ return 500; }}
        location /reset/ {{ return 444; }}
        location /tampered/ {{ alias {root}-tampered/; }}
        location /long/ {{ alias {root}-long/; }}
        location /v2/ {{ alias {root}-v2/; }}
    }}
}}
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Nginx:
    root: Path
    prefix: Path
    port: int
    process: subprocess.Popen[bytes]
    scheme: str = "http"

    def url(self, location: str) -> str:
        return f"{self.scheme}://127.0.0.1:{self.port}/{location}/"

    def log(self) -> list[tuple[str, int, int, str]]:
        """(uri, status, body bytes sent, Range header) per request so far."""
        rows = []
        for line in (self.prefix / "access.log").read_text().splitlines():
            uri, status, sent, rng = line.split(" ", 3)
            rows.append((uri, int(status), int(sent), rng.strip('"')))
        return rows

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


def start_nginx(root: Path, prefix: Path, tls: tuple[Path, Path] | None = None) -> Nginx:
    """`tls`: (certificate chain, key) PEM files, to serve https."""
    assert NGINX, "nginx is not installed (make test / .ci/run install it)"
    (prefix / "tmp").mkdir(parents=True, exist_ok=True)
    for _ in range(5):
        port = free_port()
        user = "user root;" if os.geteuid() == 0 else ""  # test folders are private to root
        conf = prefix / "nginx.conf"
        ssl, tls_lines = "", ""
        if tls:
            ssl = " ssl"
            tls_lines = f"ssl_certificate {tls[0]}; ssl_certificate_key {tls[1]};"
        conf.write_text(_CONF.format(prefix=prefix, port=port, root=root, user=user, ssl=ssl,
                                     tls=tls_lines))
        proc = subprocess.Popen([NGINX, "-c", str(conf), "-p", str(prefix)],
                                stderr=subprocess.DEVNULL)
        for _ in range(100):
            if proc.poll() is not None:
                break
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", port)) == 0:
                    return Nginx(root, prefix, port, proc, "https" if tls else "http")
            time.sleep(0.05)
        proc.kill()
        proc.wait()
    raise RuntimeError("nginx did not start: " + (prefix / "error.log").read_text())

# Stands in for the requests package: records every call to $STUB_LOG as a JSON line and
# answers like the server would.
import json as _json
import os as _os

ANSWER = "R\u00e9ponse \"stub\" \u2713"


class Response:
    def __init__(self, payload):
        self.status_code = 200
        self._payload = payload

    def raise_for_status(self):
        pass

    def json(self):
        return self._payload


def _answer(url):
    if url.endswith("/api/tags"):
        return {"models": [{"name": "stub-a"}, {"name": "stub-b"}]}
    if url.endswith("/v1/models"):
        return {"object": "list", "data": [{"id": "stub-a"}, {"id": "stub-b"}]}
    if url.endswith("/api/chat"):
        return {"message": {"role": "assistant", "content": ANSWER}, "done": True}
    if url.endswith("/v1/chat/completions"):
        return {"choices": [{"index": 0, "message": {"role": "assistant", "content": ANSWER}}]}
    raise AssertionError("unexpected url " + url)


def _record(method, url, headers, body, timeout):
    with open(_os.environ["STUB_LOG"], "a", encoding="utf-8") as log:
        log.write(_json.dumps({"method": method, "url": url, "headers": headers,
                               "json": body, "timeout": timeout}) + "\n")


class Session:
    def __init__(self):
        self.headers = {}

    def get(self, url, headers=None, timeout=None, **kwargs):
        _record("GET", url, dict(self.headers, **(headers or {})), None, timeout)
        return Response(_answer(url))

    def post(self, url, json=None, headers=None, timeout=None, **kwargs):
        _record("POST", url, dict(self.headers, **(headers or {})), json, timeout)
        return Response(_answer(url))


def get(url, **kwargs):
    return Session().get(url, **kwargs)


def post(url, **kwargs):
    return Session().post(url, **kwargs)

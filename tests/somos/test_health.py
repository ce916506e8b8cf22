"""The load balancer's health check: short answers, and no detail for the public."""


def test_healthy_when_the_database_and_cache_answer(client, db):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.content == b"ok\n"
    assert "no-cache" in response["Cache-Control"]


class UnreachableDatabase:
    def cursor(self):
        raise ConnectionError("could not connect to server at 10.0.0.5:5432, password=secret")


def test_unavailable_without_detail_when_the_database_fails(client, db, monkeypatch):
    monkeypatch.setattr("somos.health.connection", UnreachableDatabase())

    response = client.get("/healthz")

    assert response.status_code == 503
    assert response.content == b"unavailable\n"


def test_unavailable_when_the_cache_fails(client, db, monkeypatch):
    monkeypatch.setattr("somos.health.cache.get", lambda *args, **kwargs: None)

    assert client.get("/healthz").status_code == 503

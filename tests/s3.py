"""A real S3 API on loopback (moto's server) and a view of one bucket: for tests and benchmarks."""

import logging
import socket

ACCESS_KEY = SECRET_KEY = "testing"
REGION = "us-east-1"


class S3Server:
    """moto's S3 server in a thread of this process, on a free loopback port."""

    def __init__(self):
        from moto.server import ThreadedMotoServer

        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        # One log line per request would bury everything else.
        logging.getLogger("werkzeug").setLevel(logging.ERROR)
        self.endpoint = f"http://127.0.0.1:{port}"
        self._server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
        self._server.start()

    def client(self):
        import boto3

        return boto3.client(
            "s3",
            endpoint_url=self.endpoint,
            aws_access_key_id=ACCESS_KEY,
            aws_secret_access_key=SECRET_KEY,
            region_name=REGION,
        )

    def new_bucket(self, name):
        client = self.client()
        client.create_bucket(Bucket=name)
        return S3Bucket(client, self.endpoint, name)

    def settings(self, bucket):
        """The site's environment variables for storing media in the bucket."""
        return {
            "S3_BUCKET": bucket.name,
            "S3_ENDPOINT_URL": self.endpoint,
            "S3_ACCESS_KEY": ACCESS_KEY,
            "S3_SECRET_KEY": SECRET_KEY,
            "S3_REGION": REGION,
        }

    def stop(self):
        self._server.stop()


class S3Bucket:
    """What a test asks of the bucket: which objects it holds, and their bytes and metadata."""

    def __init__(self, client, endpoint, name):
        self.client = client
        self.endpoint = endpoint
        self.name = name

    def keys(self, prefix=""):
        pages = self.client.get_paginator("list_objects_v2").paginate(
            Bucket=self.name, Prefix=prefix
        )
        return sorted(item["Key"] for page in pages for item in page.get("Contents", []))

    def get(self, key):
        return self.client.get_object(Bucket=self.name, Key=key)

    def copy_to(self, target):
        """What `aws s3 sync` or `rclone sync` does between two buckets."""
        self.client.create_bucket(Bucket=target)
        for key in self.keys():
            self.client.copy_object(
                Bucket=target, Key=key, CopySource={"Bucket": self.name, "Key": key}
            )
        return S3Bucket(self.client, self.endpoint, target)

    def empty(self):
        for key in self.keys():
            self.client.delete_object(Bucket=self.name, Key=key)

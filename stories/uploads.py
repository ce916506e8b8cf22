"""Upload handling that keeps a visitor's text when their photo is far too large, and that
notices an upload cut off half-way.

Django would otherwise keep the whole file, or a view would have to refuse the request before
reading the form, losing everything the person typed. A connection that closes early gives
Django a short body and no error: the form would be read as if the photo ended there.
"""

from django.core.files.uploadedfile import UploadedFile
from django.core.files.uploadhandler import FileUploadHandler, StopFutureHandlers
from django.http import UnreadablePostError

from somos.images import MAX_UPLOAD_BYTES

PHOTO_FIELD = "photo"


class OversizedUpload(UploadedFile):
    """Stands for a file whose bytes were dropped; only its name and size remain."""

    def __init__(self, name, size, content_type):
        super().__init__(file=None, name=name, content_type=content_type, size=size)

    def open(self, mode=None):
        raise ValueError("An oversized upload keeps no content.")


class PhotoSizeLimitHandler(FileUploadHandler):
    """Pass a file on to Django's handlers until it passes the limit, then drop the rest.

    The rest of the form is still read, so the person's text comes back with the message.
    """

    def handle_raw_input(self, input_data, META, content_length, boundary, encoding=None):
        # Count what arrives, to compare with what the browser announced.
        self.expected = content_length
        self.arrived = 0
        read = input_data.read

        def counted_read(*args, **kwargs):
            data = read(*args, **kwargs)
            self.arrived += len(data)
            return data

        input_data.read = counted_read

    def upload_complete(self):
        # The form then reads as unreadable: Django's CSRF check refuses it, and nothing of it
        # is stored (the visitor has gone anyway).
        if self.arrived < self.expected:
            raise UnreadablePostError(
                f"The upload was cut off after {self.arrived} of {self.expected} bytes."
            )

    def new_file(self, field_name, *args, **kwargs):
        super().new_file(field_name, *args, **kwargs)
        self.received = 0
        self.wanted = field_name == PHOTO_FIELD
        if not self.wanted:
            # The form has one file: no other part is kept, not even in a temporary file.
            raise StopFutureHandlers

    def receive_data_chunk(self, raw_data, start):
        self.received += len(raw_data)
        # Every file part of the request counts towards one limit.
        self.total = getattr(self, "total", 0) + len(raw_data)
        if not self.wanted or self.received > MAX_UPLOAD_BYTES or self.total > MAX_UPLOAD_BYTES:
            return None
        return raw_data

    def file_complete(self, file_size):
        if not self.wanted or self.received > MAX_UPLOAD_BYTES or self.total > MAX_UPLOAD_BYTES:
            return OversizedUpload(self.file_name, self.received, self.content_type)
        return None

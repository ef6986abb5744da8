"""gunicorn reads this file when started from the repository root: the service's own
settings (service/gunicorn_conf.py), so that `gunicorn 'service:create_app()'` runs it
as `newsnorm serve` and the image do."""

from service.gunicorn_conf import *  # noqa: F403

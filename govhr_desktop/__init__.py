"""govhr-desktop: window-staff management for a county government service center (政务服务中心)."""

__version__ = "0.1.0"
APP_NAME = "govhr-desktop"

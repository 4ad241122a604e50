"""Situation reports: one self-contained HTML file that opens offline, and a Markdown twin."""

from .build import ReportData, build_report, write_report

__all__ = ["ReportData", "build_report", "write_report"]

"""Headings and labels in Vietnamese and English."""

from __future__ import annotations

LABELS: dict[str, dict[str, str]] = {
    "summary": {"en": "Summary", "vi": "Tóm tắt"},
    "duties": {"en": "Duties", "vi": "Mô tả công việc"},
    "stats": {"en": "At a glance", "vi": "Tổng quan"},
    "salary": {"en": "Salary", "vi": "Mức lương"},
    "experience": {"en": "Years of experience", "vi": "Số năm kinh nghiệm"},
    "requirements": {"en": "Requirements", "vi": "Yêu cầu tuyển dụng"},
    "ladders": {"en": "Career ladders", "vi": "Lộ trình thăng tiến"},
    "ladders_short": {"en": "Ladders", "vi": "Lộ trình"},
    "interview": {"en": "Interview questions", "vi": "Câu hỏi phỏng vấn"},
    "common_questions": {"en": "Common questions", "vi": "Câu hỏi thường gặp"},
    "faq": {"en": "FAQ", "vi": "Hỏi đáp"},
    "sources": {"en": "Sources", "vi": "Nguồn"},
    "degree": {"en": "Degree", "vi": "Bằng cấp"},
    "work_life": {"en": "Work/life", "vi": "Công việc/Cuộc sống"},
    "career_opportunity": {"en": "Career opportunity", "vi": "Cơ hội nghề nghiệp"},
    "annual_salary": {"en": "Annual salary", "vi": "Khoảng lương năm"},
    "salary_short": {"en": "Salary", "vi": "Lương"},
    "years": {"en": "Years of experience", "vi": "Số năm kinh nghiệm"},
    "years_short": {"en": "Years", "vi": "Số năm"},
    "total": {"en": "Total pay", "vi": "Tổng lương"},
    "base": {"en": "Base pay", "vi": "Lương cơ bản"},
    "supplementary": {"en": "Supplementary pay", "vi": "Lương bổ sung"},
    "common": {"en": "Common range", "vi": "Khoảng lương phổ biến"},
    "full": {"en": "Full range", "vi": "Khoảng lương"},
    "average": {"en": "Average", "vi": "Trung bình"},
    "range": {"en": "Range", "vi": "Khoảng"},
    "not_given": {"en": "not given", "vi": "không có thông tin"},
    "sums_to": {"en": "the brackets sum to {total}%", "vi": "tổng các mức là {total}%"},
    "step_of": {"en": "step {step} of {steps}", "vi": "bậc {step}/{steps}"},
    "previous": {"en": "previous", "vi": "trước"},
    "next": {"en": "next", "vi": "tiếp"},
    "answer": {"en": "{n} answer", "vi": "{n} câu trả lời"},
    "answers": {"en": "{n} answers", "vi": "{n} câu trả lời"},
    "sample_answer": {"en": "Sample answer", "vi": "Câu trả lời mẫu"},
    "no_sample_answer": {"en": "no sample answer", "vi": "không có câu trả lời mẫu"},
    "company_rating": {"en": "company rating", "vi": "đánh giá công ty"},
    "aliases": {"en": "aliases", "vi": "tên khác"},
    "id": {"en": "ID", "vi": "Mã"},
    "title": {"en": "Title", "vi": "Chức danh"},
    "reference": {"en": "reference", "vi": "mã trang"},
    "date": {"en": "date", "vi": "ngày"},
    "language": {"en": "language", "vi": "ngôn ngữ"},
}


def label(key: str, lang: str, **values: object) -> str:
    """The label ``key`` in ``lang`` (``en`` or ``vi``), with ``values`` filled in."""
    text = LABELS[key].get(lang) or LABELS[key]["en"]
    return text.format(**values) if values else text

"""Headings and labels in Vietnamese and English."""

from __future__ import annotations

from careerpath.messages import translate
from careerpath.model import Text

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
    "converted": {"en": "(converted from per {period})", "vi": "(quy đổi từ theo {period})"},
    "experience_bracket": {"en": "Experience {years}", "vi": "Kinh nghiệm {years}"},
    "compare_degree": {"en": "Degree", "vi": "Bằng cấp"},
    "compare_experience_years": {"en": "Years of experience", "vi": "Số năm kinh nghiệm"},
    "compare_work_life": {"en": "Work/life", "vi": "Công việc/Cuộc sống"},
    "compare_career_opportunity": {"en": "Career opportunity", "vi": "Cơ hội nghề nghiệp"},
    "compare_salary": {"en": "Salary", "vi": "Lương"},
    "compare_salary_difference": {
        "en": "Difference (min / max)",
        "vi": "Chênh lệch (thấp / cao)",
    },
    "compare_salary_ratio": {"en": "Ratio (midpoints)", "vi": "Tỷ lệ (điểm giữa)"},
    "compare_salary_overlap": {"en": "Shared range", "vi": "Khoảng trùng nhau"},
    "no_overlap": {
        "en": "none: the ranges do not meet",
        "vi": "không có: hai khoảng không giao nhau",
    },
    "compare_ladders": {"en": "Ladder steps", "vi": "Bậc thang"},
    "compare_duties": {"en": "Duties", "vi": "Nhiệm vụ"},
    "compare_requirements": {"en": "Requirements", "vi": "Yêu cầu"},
    "compare_interview_questions": {"en": "Interview questions", "vi": "Câu hỏi phỏng vấn"},
    "salary_not_given": {"en": "salary not given", "vi": "không có thông tin lương"},
    "change_detail": {"en": "change {low} / {high}", "vi": "thay đổi {low} / {high}"},
    "at_midpoints": {"en": "at the midpoints", "vi": "tại điểm giữa"},
    "reached_after": {"en": "after {years}", "vi": "sau {years}"},
    "full_profile_marker": {"en": "◆ full profile", "vi": "◆ có hồ sơ đầy đủ"},
    "ladder_years_note": {
        "en": "Bars: the years of experience at which the source places each step.",
        "vi": "Thanh: số năm kinh nghiệm mà nguồn ghi cho mỗi bậc.",
    },
    "steps_count": {"en": "{n} steps", "vi": "{n} bậc"},
    "you_are_here": {"en": "◀ {role}", "vi": "◀ {role}"},
    "route": {"en": "Route", "vi": "Lộ trình"},
    "total_years": {"en": "Total", "vi": "Tổng cộng"},
    "total_years_note": {
        "en": "experience from {role} ({years}) to the start of {end}",
        "vi": "kinh nghiệm từ {role} ({years}) đến khi bắt đầu {end}",
    },
    "crossing": {
        "en": "changes from ladder {from_ladder} to {to_ladder} at {role}, which stands on both",
        "vi": "chuyển từ lộ trình {from_ladder} sang {to_ladder} tại {role}, vị trí có trên cả hai",
    },
    "one_scale": {"en": "On one scale", "vi": "Trên cùng một thang"},
    "scale_note": {
        "en": "█ headline range  ░ full range",
        "vi": "█ khoảng lương chính  ░ khoảng lương đầy đủ",
    },
    "mixed_periods": {
        "en": "Figures per year and per month are drawn on separate scales; "
        "use --per year or --per month for one.",
        "vi": "Số liệu theo năm và theo tháng được vẽ trên các thang riêng; "
        "dùng --per year hoặc --per month để gộp một thang.",
    },
    "ladder_list_title": {"en": "Ladders", "vi": "Các lộ trình"},
    "ladders_steps": {"en": "Steps", "vi": "Các bậc"},
    "source": {"en": "Source", "vi": "Nguồn"},
    "file": {"en": "file", "vi": "tệp"},
    "field": {"en": "field", "vi": "trường"},
    "message": {"en": "message", "vi": "thông báo"},
    "no_currency": {"en": "currency not given", "vi": "không ghi đơn vị tiền"},
    "no_period": {"en": "period not given", "vi": "không ghi kỳ hạn"},
    "common_question": {"en": "common question", "vi": "câu hỏi thường gặp"},
    "question_n_of": {"en": "Question {n} of {total}", "vi": "Câu hỏi {n}/{total}"},
    "practice_keys": {
        "en": "Enter: show the sample answer · n: next question · q: quit",
        "vi": "Enter: xem câu trả lời mẫu · n: câu tiếp theo · q: thoát",
    },
    "practice_summary": {
        "en": "Practised {seen} of {total} questions; {revealed} sample answer(s) read.",
        "vi": "Đã luyện {seen}/{total} câu hỏi; đã xem {revealed} câu trả lời mẫu.",
    },
    "shown_of": {"en": "{shown} of {total} questions", "vi": "{shown}/{total} câu hỏi"},
    "search_results": {"en": "{n} result(s) for {query}", "vi": "{n} kết quả cho {query}"},
    "no_results": {"en": "no role matches {query}", "vi": "không có vị trí nào khớp {query}"},
    "section": {"en": "Section", "vi": "Phần"},
    "match": {"en": "Match", "vi": "Đoạn khớp"},
    "more_matches": {"en": "+{n} more", "vi": "+{n} chỗ khác"},
    "role": {"en": "Role", "vi": "Vị trí"},
    "field_title": {"en": "title", "vi": "chức danh"},
    "field_aliases": {"en": "aliases", "vi": "tên khác"},
    "field_summary": {"en": "summary", "vi": "tóm tắt"},
    "field_duties": {"en": "duties", "vi": "mô tả công việc"},
    "field_requirements": {"en": "requirements", "vi": "yêu cầu"},
    "field_interview": {"en": "interview", "vi": "phỏng vấn"},
    "field_faq": {"en": "FAQ", "vi": "hỏi đáp"},
    "reached_after_header": {"en": "Reached after", "vi": "Đạt được sau"},
    "figure": {"en": "Figure", "vi": "Loại"},
    "amount": {"en": "Amount", "vi": "Số tiền"},
    "ladder": {"en": "Ladder", "vi": "Lộ trình"},
}


def label(key: str, lang: str, **values: object) -> str:
    """The label ``key`` in ``lang`` (``en`` or ``vi``), with ``values`` filled in."""
    return translate(LABELS, key, lang, **values)


def local(text: Text, lang: str) -> str:
    """``text`` in ``lang``; when only the other language is given, that one, marked ``[vi]``."""
    wanted = text.vi if lang == "vi" else text.en
    if wanted:
        return wanted
    other = "en" if lang == "vi" else "vi"
    return f"{text.get(other)} [{other}]"

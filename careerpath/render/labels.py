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
    "work-styles": {"en": "Work styles", "vi": "Phong cách làm việc"},
    "technologies": {"en": "Technologies", "vi": "Công nghệ sử dụng"},
    "styles_scale": {"en": "importance 1–5", "vi": "mức quan trọng 1–5"},
    "styles_below": {
        "en": "+{n} more rated below 3 of 5",
        "vi": "+{n} phong cách khác dưới 3/5",
    },
    "hot_technologies": {"en": "Hot technologies", "vi": "Công nghệ được săn đón"},
    "other_technologies": {"en": "Other tools and software", "vi": "Công cụ và phần mềm khác"},
    "more_technologies": {"en": "+{n} more", "vi": "+{n} công nghệ khác"},
    "technologies_note": {
        "en": "Hot: often named in employers' job postings; in demand: among the most named "
        "for this occupation (O*NET).",
        "vi": "Được săn đón: thường xuất hiện trong tin tuyển dụng; nhu cầu cao: thuộc nhóm "
        "được nhắc nhiều nhất với nghề này (O*NET).",
    },
    "interview_suggested": {
        "en": "careerpath interview {role} suggests questions chosen for this role.",
        "vi": "careerpath interview {role} gợi ý các câu hỏi được chọn cho vị trí này.",
    },
    "common_questions": {"en": "Common questions", "vi": "Câu hỏi thường gặp"},
    "faq": {"en": "FAQ", "vi": "Hỏi đáp"},
    "sources": {"en": "Sources", "vi": "Nguồn"},
    "degree": {"en": "Degree", "vi": "Bằng cấp"},
    "work_life": {"en": "Work/life", "vi": "Công việc/Cuộc sống"},
    "career_opportunity": {"en": "Career opportunity", "vi": "Cơ hội nghề nghiệp"},
    "annual_salary": {"en": "Annual salary", "vi": "Khoảng lương năm"},
    "salary_short": {"en": "Salary", "vi": "Lương"},
    "years": {"en": "Years of experience", "vi": "Số năm kinh nghiệm"},
    "typical_years": {"en": "Typical experience", "vi": "Kinh nghiệm thường có"},
    "years_at_step": {"en": "{years} at this step", "vi": "{years} ở bậc này"},
    "years_not_given": {"en": "years not given", "vi": "không rõ số năm"},
    "level_n": {"en": "level {n}", "vi": "cấp {n}"},
    "step_expects": {"en": "What this step expects", "vi": "Kỳ vọng ở bậc này"},
    "expects_hint": {
        "en": "(careerpath ladder {ladder} --diff {step} NEXT: what the next step adds)",
        "vi": "(careerpath ladder {ladder} --diff {step} BẬC_SAU: bậc sau thêm gì)",
    },
    "track_is": {"en": "track: {track}", "vi": "nhánh: {track}"},
    "sublevel_is": {"en": "sub-level {sublevel}", "vi": "bậc phụ {sublevel}"},
    "for_example": {"en": "for example", "vi": "ví dụ"},
    "step_word": {"en": "Step", "vi": "Bậc"},
    "no_expectations": {
        "en": "This step lists no expectations.",
        "vi": "Bậc này không ghi kỳ vọng nào.",
    },
    "diff_from": {"en": "From step", "vi": "Từ bậc"},
    "diff_to": {"en": "To step", "vi": "Đến bậc"},
    "diff_new": {"en": "New at this step ({n})", "vi": "Mới ở bậc này ({n})"},
    "diff_none_new": {"en": "Nothing new at this step.", "vi": "Không có gì mới ở bậc này."},
    "diff_dropped": {"en": "No longer listed ({n})", "vi": "Không còn được liệt kê ({n})"},
    "diff_kept": {"en": "{n} listed at both steps", "vi": "{n} kỳ vọng có ở cả hai bậc"},
    "diff_nothing_new": {
        "en": "The two steps list the same expectations.",
        "vi": "Hai bậc ghi cùng các kỳ vọng.",
    },
    "years_to_get_there": {"en": "Years to get there", "vi": "Số năm để đạt tới"},
    "ladder_disagrees": {
        "en": "the {ladder} ladder places this step at {years}",
        "vi": "lộ trình {ladder} đặt bậc này ở {years}",
    },
    "monthly_vs_annual": {
        "en": "the monthly {kind} ×12 ({yearly}) matches none of the annual figures "
        "({annual}): they describe different spans",
        "vi": "{kind} theo tháng ×12 ({yearly}) không khớp số liệu theo năm nào "
        "({annual}): chúng mô tả các khoảng khác nhau",
    },
    "years_short": {"en": "Years", "vi": "Số năm"},
    "total": {"en": "Total pay", "vi": "Tổng lương"},
    "base": {"en": "Base pay", "vi": "Lương cơ bản"},
    "supplementary": {"en": "Supplementary pay", "vi": "Lương bổ sung"},
    "common": {"en": "Common range", "vi": "Khoảng lương phổ biến"},
    "full": {"en": "Full range", "vi": "Khoảng lương"},
    "average": {"en": "Average", "vi": "Trung bình"},
    "range": {"en": "Range", "vi": "Khoảng"},
    "not_given": {"en": "not given", "vi": "không có thông tin"},
    "not_given_short": {"en": "not given", "vi": "không rõ"},
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
    "compare_salary_average": {"en": "Average (as given)", "vi": "Trung bình (theo nguồn)"},
    "no_overlap": {
        "en": "none: the ranges do not meet",
        "vi": "không có: hai khoảng không giao nhau",
    },
    "compare_ladders": {"en": "Ladder steps", "vi": "Bậc trên lộ trình"},
    "compare_job_zone": {"en": "Job zone", "vi": "Mức chuẩn bị"},
    "compare_interests": {"en": "Interest code", "vi": "Mã sở thích"},
    "compare_salary_median": {"en": "Median pay", "vi": "Lương trung vị"},
    "compare_employment": {"en": "Employment", "vi": "Số việc làm"},
    "compare_only": {"en": "Given for one role only", "vi": "Chỉ một vị trí có"},
    "zone_of_5": {"en": "{zone} of 5", "vi": "{zone}/5"},
    "summed": {"en": "summed", "vi": "cộng gộp"},
    "experience_summed": {
        "en": "summed: careerpath added each source's experience brackets into the year "
        "spans all of them share ({spans}); derived, see docs/comparing.md",
        "vi": "cộng gộp: careerpath cộng các nhóm kinh nghiệm của từng nguồn vào những "
        "khoảng năm mà mọi nguồn cùng có ({spans}); suy ra, xem docs/comparing.md",
    },
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
    "route": {"en": "Route", "vi": "Đường đi"},
    "via": {"en": "via {ladders}", "vi": "qua {ladders}"},
    "other_routes": {"en": "Other routes", "vi": "Các đường đi khác"},
    "total_years": {"en": "Total", "vi": "Tổng cộng"},
    "total_years_note": {
        "en": "experience from {role} ({years}) to the start of {end}",
        "vi": "kinh nghiệm từ {role} ({years}) đến khi bắt đầu {end}",
    },
    "total_years_from_note": {
        "en": "from your {years} year(s) of experience to the start of {end}",
        "vi": "từ {years} năm kinh nghiệm của bạn đến khi bắt đầu {end}",
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
    "unconverted_periods": {
        "en": "Pay per hour, or given without a period, is drawn on a scale of its own: "
        "it is never converted to pay per year or month.",
        "vi": "Lương theo giờ, hoặc không rõ kỳ hạn, được vẽ trên thang riêng: "
        "không bao giờ quy đổi sang lương theo năm hay tháng.",
    },
    "per_period": {"en": "per {period}", "vi": "theo {period}"},
    "mixed_currencies": {
        "en": "Figures in different currencies are drawn on separate scales, never converted.",
        "vi": "Số liệu bằng các loại tiền khác nhau được vẽ trên các thang riêng, không quy đổi.",
    },
    "other_currency": {
        "en": "in another currency: not compared",
        "vi": "khác loại tiền: không so sánh",
    },
    "salary_not_compared_currency": {
        "en": "not compared: paid in different currencies",
        "vi": "không so sánh: trả bằng loại tiền khác nhau",
    },
    "salary_not_compared_period": {
        "en": "not compared: paid for different periods (per year, per month, per hour)",
        "vi": "không so sánh: lương tính theo kỳ khác nhau (năm, tháng, giờ)",
    },
    "other_period": {
        "en": "for another period: not compared",
        "vi": "khác kỳ tính lương: không so sánh",
    },
    "ladder_list_title": {"en": "Ladders", "vi": "Các lộ trình"},
    "ladders_steps": {"en": "Steps", "vi": "Các bậc"},
    "source": {"en": "Source", "vi": "Nguồn"},
    "file": {"en": "file", "vi": "tệp"},
    "places_data_dir": {"en": "Your data", "vi": "Dữ liệu của bạn"},
    "places_search_path": {"en": "Search path", "vi": "Đường tìm dữ liệu"},
    "places_search_note": {
        "en": "read in this order; a later folder's file replaces an earlier one's",
        "vi": "đọc theo thứ tự này; tệp ở thư mục sau thay thế tệp cùng mã ở thư mục trước",
    },
    "places_cache": {"en": "Cache", "vi": "Bộ nhớ đệm"},
    "places_cache_holds": {
        "en": "{files} files, {size}; keeps the {sets} most recently used search paths",
        "vi": "{files} tệp, {size}; giữ {sets} đường tìm dữ liệu dùng gần nhất",
    },
    "places_cache_clear": {
        "en": "safe to delete; to empty it: careerpath paths --clear-cache",
        "vi": "xoá cũng không sao; để dọn: careerpath paths --clear-cache",
    },
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
    "practice_keys_no_answer": {
        "en": "no sample answer · Enter or n: next question · q: quit",
        "vi": "không có câu trả lời mẫu · Enter hoặc n: câu tiếp theo · q: thoát",
    },
    "practice_summary": {
        "en": "Practised {seen} of {total} questions; looked at {revealed} sample answer(s) "
        "or guide(s).",
        "vi": "Đã luyện {seen}/{total} câu hỏi; đã xem {revealed} câu trả lời mẫu hoặc gợi ý.",
    },
    "shown_of": {"en": "{shown} of {total} questions", "vi": "{shown}/{total} câu hỏi"},
    "next_heading": {"en": "Next steps from", "vi": "Bước tiếp theo từ"},
    "next_shown_of": {"en": "{shown} of {total}", "vi": "{shown}/{total}"},
    "next_with_years": {
        "en": "for a person with {years} year(s) of experience",
        "vi": "cho người có {years} năm kinh nghiệm",
    },
    "next_from_role": {
        "en": "from this role, which spans {years} of experience",
        "vi": "từ vị trí này, ứng với {years} kinh nghiệm",
    },
    "next_none": {
        "en": "no step up on a ladder, and no related role with more preparation or pay",
        "vi": "không có bước lên trên lộ trình nào, cũng không có vị trí liên quan nào cần "
        "chuẩn bị nhiều hơn hoặc trả lương cao hơn",
    },
    "next_via": {"en": "Via", "vi": "Qua"},
    "next_via_ladder": {
        "en": "next step of ladder {ladder}",
        "vi": "bước tiếp theo của lộ trình {ladder}",
    },
    "next_via_pathway": {
        "en": "next step of the derived pathway {ladder}",
        "vi": "bước tiếp theo của lộ trình suy ra {ladder}",
    },
    "next_via_related": {"en": "a related role ({tier})", "vi": "vị trí liên quan ({tier})"},
    "next_when": {"en": "When", "vi": "Khi nào"},
    "next_starts": {"en": "typically starts at {years}", "vi": "thường bắt đầu ở mức {years}"},
    "next_starts_derived": {
        "en": "typically starts at {years}, derived",
        "vi": "thường bắt đầu ở mức {years}, suy ra",
    },
    "next_ready": {"en": "you are already there", "vi": "bạn đã đủ kinh nghiệm"},
    "next_until_years": {"en": "{years} from now", "vi": "còn {years} nữa"},
    "next_until_role": {
        "en": "{years} from now, by how far into this role you are",
        "vi": "còn {years} nữa, tuỳ bạn đã làm vị trí này bao lâu",
    },
    "next_skills": {"en": "Skills to raise", "vi": "Kỹ năng cần nâng"},
    "gap": {"en": "Gap", "vi": "Khoảng cách"},
    "gap_from": {"en": "From", "vi": "Từ"},
    "gap_to": {"en": "To", "vi": "Đến"},
    "gap_levels": {"en": "Skills to raise", "vi": "Kỹ năng cần nâng trình độ"},
    "gap_importance": {"en": "Skills that matter more", "vi": "Kỹ năng quan trọng hơn"},
    "gap_technologies": {"en": "Technologies to learn", "vi": "Công nghệ cần học"},
    "gap_experience": {"en": "Experience", "vi": "Kinh nghiệm"},
    "gap_level_scale": {
        "en": "level needed, 0–7 (bar: the target's); from → to",
        "vi": "trình độ cần có, 0–7 (thanh: của vị trí đích); từ → đến",
    },
    "gap_importance_scale": {
        "en": "importance, 1–5 (bar: the target's); from → to",
        "vi": "mức quan trọng, 1–5 (thanh: của vị trí đích); từ → đến",
    },
    "gap_none": {
        "en": "none: the target asks no more",
        "vi": "không có: vị trí đích không đòi hỏi hơn",
    },
    "gap_education_shares": {
        "en": "Share of workers at each level: from → to",
        "vi": "Tỷ lệ người lao động ở từng trình độ: từ → đến",
    },
    "gap_middle_half": {"en": "middle half {low} to {high}", "vi": "nửa giữa từ {low} đến {high}"},
    "gap_experience_note": {
        "en": "Derived: the median bracket of the related experience workers report (O*NET).",
        "vi": "Suy ra: khoảng trung vị của kinh nghiệm liên quan mà người lao động cho biết "
        "(O*NET).",
    },
    "gap_borrowed": {
        "en": "{role}: skills, technologies, education, job zone and interests of its "
        "occupation by code, {occupation}",
        "vi": "{role}: kỹ năng, công nghệ, học vấn, mức chuẩn bị và sở thích lấy từ nghề ứng "
        "với mã của vị trí, {occupation}",
    },
    "gap_same_occupation": {
        "en": "Both roles map to the occupation {occupation} by their codes: its ratings "
        "cannot tell them apart, so only the roles' own data is compared.",
        "vi": "Cả hai vị trí ứng với cùng nghề {occupation} theo mã: số liệu của nghề đó không "
        "phân biệt được hai vị trí, nên chỉ so sánh dữ liệu riêng của chúng.",
    },
    "skill": {"en": "Skill", "vi": "Kỹ năng"},
    "more_items": {"en": "+{n} more", "vi": "+{n} mục khác"},
    "chosen_questions": {"en": "Chosen by careerpath", "vi": "Câu hỏi careerpath chọn"},
    "chosen_note": {
        "en": "Derived, not reported: chosen from a question bank for what this role's data "
        "rates (method careerpath-questions-1, docs/interview.md).",
        "vi": "Suy ra, không phải câu hỏi được ghi nhận: chọn từ ngân hàng câu hỏi theo những gì "
        "dữ liệu của vị trí này đánh giá (phương pháp careerpath-questions-1, docs/interview.md).",
    },
    "strong_answer": {"en": "A strong answer shows", "vi": "Câu trả lời tốt cần cho thấy"},
    "reason_work-style": {
        "en": "{by} rates the work style {name} {score} of 5 for {whom}",
        "vi": "{by} chấm phong cách làm việc “{name}” {score}/5 với {whom}",
    },
    "reason_skill": {
        "en": "{by} rates the skill {name} {score} of 5 for {whom}",
        "vi": "{by} chấm kỹ năng “{name}” {score}/5 với {whom}",
    },
    "reason_rated": {
        "en": "{by} names {name} for {whom}",
        "vi": "{by} nêu “{name}” cho {whom}",
    },
    "reason_task": {
        "en": "a task {by} lists under “{group}”",
        "vi": "nhiệm vụ được {by} ghi trong mục “{group}”",
    },
    "reason_task_plain": {
        "en": "a task {by} lists among the role's duties",
        "vi": "nhiệm vụ được {by} ghi trong phần mô tả công việc",
    },
    "reason_technology": {
        "en": "{by} lists {name} among the technologies of {whom}",
        "vi": "{by} liệt kê {name} trong các công nghệ của {whom}",
    },
    "reason_general": {
        "en": "asked in most interviews, whatever the role",
        "vi": "câu hỏi gặp ở hầu hết các buổi phỏng vấn, dù ở vị trí nào",
    },
    "rated_by_profile": {"en": "this role's profile", "vi": "hồ sơ vị trí này"},
    "this_occupation": {"en": "this occupation", "vi": "nghề này"},
    "this_role": {"en": "this role", "vi": "vị trí này"},
    "occupation_by_code": {
        "en": "{title}, this role's occupation by its code",
        "vi": "{title}, nghề ứng với mã của vị trí này",
    },
    "hot_technology": {"en": "a hot technology", "vi": "công nghệ được săn đón"},
    "in_demand": {"en": "in demand", "vi": "nhu cầu cao"},
    "topic_work-style": {"en": "work styles", "vi": "phong cách làm việc"},
    "topic_skill": {"en": "skill ratings", "vi": "đánh giá kỹ năng"},
    "topic_task": {"en": "duties", "vi": "nhiệm vụ"},
    "topic_technology": {"en": "technologies", "vi": "công nghệ"},
    "unrated_import": {
        "en": "careerpath import onet rates them by this role's code ({code}).",
        "vi": "careerpath import onet sẽ bổ sung chúng theo mã của vị trí này ({code}).",
    },
    "unrated": {
        "en": "Nothing to choose by in this role's data: {what}.",
        "vi": "Dữ liệu của vị trí này không có gì để chọn câu hỏi theo: {what}.",
    },
    "practice_keys_guidance": {
        "en": "Enter: what a strong answer shows · n: next question · q: quit",
        "vi": "Enter: xem câu trả lời tốt cần cho thấy gì · n: câu tiếp theo · q: thoát",
    },
    "search_results": {"en": "{n} result(s) for {query}", "vi": "{n} kết quả cho {query}"},
    "no_results": {"en": "no role matches {query}", "vi": "không có vị trí nào khớp {query}"},
    "section": {"en": "Section", "vi": "Phần"},
    "match": {"en": "Match", "vi": "Đoạn khớp"},
    "more_matches": {"en": "+{n} more", "vi": "+{n} chỗ khác"},
    "quiz_tied": {
        "en": "Your answers do not tell these areas apart: {areas}; the code takes them "
        "in RIASEC order. Answer again, or give --interests yourself.",
        "vi": "Câu trả lời của bạn không phân biệt được các nhóm: {areas}; mã lấy theo thứ "
        "tự RIASEC. Hãy làm lại, hoặc tự ghi --interests.",
    },
    "search_level": {
        "en": "at the level asked: {level}",
        "vi": "đúng cấp bậc đã hỏi: {level}",
    },
    "level_manager": {"en": "manager", "vi": "quản lý"},
    "level_supervisor": {"en": "supervisor", "vi": "giám sát, trưởng nhóm"},
    "level_senior": {"en": "senior", "vi": "nhiều kinh nghiệm"},
    "search_some_words": {
        "en": "matches {n} of {total} words: {words}",
        "vi": "khớp {n}/{total} từ: {words}",
    },
    "role": {"en": "Role", "vi": "Vị trí"},
    "field_title": {"en": "title", "vi": "chức danh"},
    "field_aliases": {"en": "aliases", "vi": "tên khác"},
    "field_also_called": {"en": "also called", "vi": "còn gọi là"},
    "field_common_names": {"en": "common names", "vi": "tên thường gọi"},
    "field_summary": {"en": "summary", "vi": "tóm tắt"},
    "field_duties": {"en": "duties", "vi": "mô tả công việc"},
    "field_requirements": {"en": "requirements", "vi": "yêu cầu"},
    "field_interview": {"en": "interview", "vi": "phỏng vấn"},
    "field_faq": {"en": "FAQ", "vi": "hỏi đáp"},
    "field_technologies": {"en": "technologies", "vi": "công nghệ"},
    "reached_after_header": {"en": "Reached after", "vi": "Đạt được sau"},
    "figure": {"en": "Figure", "vi": "Loại"},
    "amount": {"en": "Amount", "vi": "Số tiền"},
    "ladder": {"en": "Ladder", "vi": "Lộ trình"},
    "education": {"en": "Education", "vi": "Học vấn"},
    "interests": {"en": "Interests", "vi": "Sở thích nghề nghiệp"},
    "related": {"en": "Related roles", "vi": "Vị trí liên quan"},
    "p10": {"en": "10th percentile", "vi": "Phân vị thứ 10"},
    "p25": {"en": "25th percentile", "vi": "Phân vị thứ 25"},
    "median": {"en": "Median", "vi": "Trung vị"},
    "p75": {"en": "75th percentile", "vi": "Phân vị thứ 75"},
    "p90": {"en": "90th percentile", "vi": "Phân vị thứ 90"},
    "mean": {"en": "Mean", "vi": "Bình quân"},
    "employment": {"en": "Employment", "vi": "Số việc làm"},
    "jobs": {"en": "{n} jobs", "vi": "{n} việc làm"},
    "basis_middle_half": {
        "en": "middle half: 25th–75th percentile",
        "vi": "nửa giữa: phân vị 25 – 75",
    },
    "basis_median": {"en": "median", "vi": "trung vị"},
    "basis_mean": {"en": "mean", "vi": "bình quân"},
    "job_zone": {"en": "Job zone", "vi": "Mức chuẩn bị"},
    "job_zone_value": {"en": "{zone} of 5 — {name}", "vi": "{zone}/5 — {name}"},
    "job_zone_experience": {"en": "Experience", "vi": "Kinh nghiệm"},
    "job_zone_education": {"en": "Education", "vi": "Học vấn"},
    "job_zone_training": {"en": "Training", "vi": "Đào tạo"},
    "most_report": {
        "en": "the level most workers report",
        "vi": "trình độ được nhiều người nêu nhất",
    },
    "also_called": {"en": "also called", "vi": "còn gọi là"},
    "common_names": {"en": "common names", "vi": "tên thường gọi"},
    "translated_by": {
        "en": "Vietnamese: {by}'s translation",
        "vi": "tên tiếng Việt: bản dịch của {by}",
    },
    "and_more": {"en": "+{n} more", "vi": "+{n} tên khác"},
    "skills": {"en": "Skills", "vi": "Kỹ năng"},
    "skills_scale": {
        "en": "importance 1–5 (bar) · level 0–7",
        "vi": "mức quan trọng 1 – 5 (thanh) · trình độ 0 – 7",
    },
    "derived": {"en": "derived", "vi": "suy ra"},
    "derived_median": {
        "en": "derived: the median of the experience answers",
        "vi": "suy ra: trung vị các câu trả lời về kinh nghiệm",
    },
    "years_spread": {
        "en": "the middle half {low} to {high}",
        "vi": "một nửa ở giữa từ {low} đến {high}",
    },
    "why_here": {"en": "Why here (derived)", "vi": "Vì sao ở đây (suy ra)"},
    "skills_below": {
        "en": "+{n} more rated below 3 of 5 (less than important); --format json has them all",
        "vi": "+{n} kỹ năng khác có mức quan trọng dưới 3/5; --format json có đủ",
    },
    "importance": {"en": "importance", "vi": "mức quan trọng"},
    "level": {"en": "level", "vi": "trình độ"},
    "interest_code": {"en": "Interest code", "vi": "Mã sở thích"},
    "interests_scale": {
        "en": "Scores from 1 (low) to 7 (high); the code names the highest areas.",
        "vi": "Điểm từ 1 (thấp) đến 7 (cao); mã gồm các nhóm có điểm cao nhất.",
    },
    "realistic": {"en": "Realistic", "vi": "Thực tế"},
    "investigative": {"en": "Investigative", "vi": "Nghiên cứu"},
    "artistic": {"en": "Artistic", "vi": "Nghệ thuật"},
    "social": {"en": "Social", "vi": "Xã hội"},
    "enterprising": {"en": "Enterprising", "vi": "Quản lý – kinh doanh"},
    "conventional": {"en": "Conventional", "vi": "Nghiệp vụ"},
    "tier_primary-short": {"en": "Most related", "vi": "Liên quan nhất"},
    "tier_primary-long": {"en": "Also related", "vi": "Cũng liên quan"},
    "tier_supplemental": {"en": "More related roles", "vi": "Liên quan thêm"},
    "tier_none": {"en": "Related", "vi": "Liên quan"},
    "relation_previous": {"en": "previous step", "vi": "bậc trước"},
    "relation_next": {"en": "next step", "vi": "bậc tiếp"},
    "relation_step": {"en": "step {step}", "vi": "bậc {step}"},
    "group_ladder": {"en": "On the ladder {name}", "vi": "Trên lộ trình {name}"},
    "group_data": {"en": "Related in the data", "vi": "Liên quan theo dữ liệu"},
    "group_code": {"en": "Same code: {name}", "vi": "Cùng mã: {name}"},
    "not_in_data": {"en": "not in your data", "vi": "không có trong dữ liệu"},
    "nothing_related": {"en": "no related role", "vi": "không có vị trí liên quan"},
    "import_hint": {
        "en": "No O*NET occupation with {codes} is in your data; "
        "`careerpath import onet` adds them (see docs/importing.md).",
        "vi": "Dữ liệu chưa có nghề O*NET nào mang {codes}; "
        "`careerpath import onet` sẽ thêm chúng (xem docs/importing.md).",
    },
    "relation_column": {"en": "Relation", "vi": "Quan hệ"},
    "group_column": {"en": "Group", "vi": "Nhóm"},
    "criterion_interests": {"en": "interests", "vi": "sở thích"},
    "criterion_years": {"en": "experience", "vi": "kinh nghiệm"},
    "criterion_pay": {"en": "pay", "vi": "lương"},
    "criterion_education": {"en": "education", "vi": "học vấn"},
    "match_heading": {
        "en": "{shown} of {total} roles, best first, for {criteria}",
        "vi": "{shown}/{total} vị trí, phù hợp nhất trước, theo {criteria}",
    },
    "match_missing": {
        "en": "no data for: {criteria} (counted as 0)",
        "vi": "không có dữ liệu: {criteria} (tính là 0)",
    },
    "why_interests": {
        "en": "code {code}; shares {shared} ({scores})",
        "vi": "mã {code}; trùng {shared} ({scores})",
    },
    "why_years": {
        "en": "starts at {span}; {when}",
        "vi": "bắt đầu ở mức {span}; {when}",
    },
    "why_years_derived": {
        "en": "typically starts at {span} (derived); {when}",
        "vi": "thường bắt đầu ở mức {span} (suy ra); {when}",
    },
    "match_when_now": {"en": "you are ready now", "vi": "bạn đã sẵn sàng"},
    "match_when_soon": {"en": "ready within 2 years", "vi": "sẵn sàng trong vòng 2 năm"},
    "match_when_later": {"en": "more than 2 years away", "vi": "còn hơn 2 năm nữa"},
    "match_when_past": {
        "en": "you have more experience than it asks",
        "vi": "bạn đã có nhiều kinh nghiệm hơn mức vị trí cần",
    },
    "why_pay": {"en": "{pay} against at least {limit}", "vi": "{pay} so với tối thiểu {limit}"},
    "why_education": {
        "en": "{share}% of workers need no more than your education",
        "vi": "{share}% người lao động cần trình độ không cao hơn bạn",
    },
    "none_shared": {"en": "none", "vi": "không"},
    "score": {"en": "Score", "vi": "Điểm"},
    "why": {"en": "Why", "vi": "Lý do"},
    "quiz_n_of": {"en": "Statement {n} of {total}", "vi": "Câu {n}/{total}"},
    "quiz_keys": {
        "en": "Would you like to do this?  l: like · u: unsure · d: dislike · q: quit",
        "vi": "Bạn có thích làm việc này?  t: thích · c: chưa chắc · k: không thích · q: thoát",
    },
    "quiz_result": {"en": "Your interests", "vi": "Sở thích của bạn"},
    "no_company_match": {
        "en": "no question comes from a company matching {company!r}",
        "vi": "không có câu hỏi nào của công ty khớp với {company!r}",
    },
    "edition": {"en": "edition", "vi": "phiên bản"},
    "license": {"en": "license", "vi": "giấy phép"},
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

"""The messages careerpath prints on stderr, in English and Vietnamese.

Errors carry a message key and its values, and are worded in the reader's
language where they are printed. Messages about a data file's format
(``file:line:column: field: …``) stay in English, like a compiler's.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "unknown": {"en": "unknown {kind} {name!r}", "vi": "không có {kind} {name!r}"},
    "did_you_mean": {"en": "; did you mean: {names}?", "vi": "; có phải ý bạn là: {names}?"},
    "kind_role": {"en": "role", "vi": "vị trí"},
    "kind_ladder": {"en": "ladder", "vi": "lộ trình"},
    "kind_ladder_or_role": {"en": "ladder or role", "vi": "lộ trình hay vị trí"},
    "kind_roles": {"en": "roles", "vi": "vị trí"},
    "kind_ladders": {"en": "ladders", "vi": "lộ trình"},
    "new_two_names": {
        "en": "give one id for a new role, or `ladder ID` for a new ladder",
        "vi": "hãy cho một mã cho vị trí mới, hoặc `ladder ID` cho lộ trình mới",
    },
    "would_shadow": {
        "en": "{id} is already a {kind} ({path}); a new {new} would hide it wherever both "
        "are read: choose another id, or use --force to write it anyway",
        "vi": "{id} đã là một {kind} ({path}); tệp mới {new} sẽ che nó ở mọi nơi đọc cả "
        "hai: hãy chọn mã khác, hoặc dùng --force để vẫn ghi",
    },
    "shadows_bundled": {
        "en": "{id} is also a bundled id: {path} replaces the bundled one wherever it is read",
        "vi": "{id} trùng mã có sẵn: {path} sẽ thay thế bản có sẵn ở mọi nơi",
    },
    "ambiguous_name": {
        "en": "{name!r} matches {n} {kind}: {ids}; give one of these ids",
        "vi": "{name!r} khớp với {n} {kind}: {ids}; hãy dùng một trong các mã này",
    },
    "search_hint": {
        "en": "; to look through every text, try: careerpath search {name!r}",
        "vi": "; để tìm trong mọi nội dung, thử: careerpath search {name!r}",
    },
    "on_no_ladder": {"en": "{role} stands on no ladder", "vi": "{role} không thuộc lộ trình nào"},
    "no_full_profile": {
        "en": "no role has a full profile to compare",
        "vi": "không có vị trí nào có hồ sơ đầy đủ để so sánh",
    },
    "no_route": {
        "en": "no route from {start} to {end}: ladders are climbed upwards, "
        "and no ladder leads from one to the other",
        "vi": "không có đường đi từ {start} đến {end}: lộ trình chỉ đi lên, "
        "và không lộ trình nào nối hai vị trí này",
    },
    "seed_needs_random": {"en": "--seed goes with --random", "vi": "--seed đi cùng --random"},
    "practice_no_format": {
        "en": "--practice is interactive; it takes no --format",
        "vi": "--practice là chế độ tương tác; không dùng với --format",
    },
    "practice_needs_terminal": {
        "en": "--practice needs an interactive terminal; stdin is not one",
        "vi": "--practice cần một terminal tương tác; stdin không phải terminal",
    },
    "format_not_offered": {
        "en": "--format {format} is not offered here; choose {choices}",
        "vi": "--format {format} không dùng được ở đây; hãy chọn {choices}",
    },
    "export_extension": {
        "en": "--export {path}: the file name must end in .svg, .html or .txt",
        "vi": "--export {path}: tên tệp phải kết thúc bằng .svg, .html hoặc .txt",
    },
    "export_no_format": {
        "en": "--export saves the table view; it takes no --format",
        "vi": "--export lưu dạng bảng; không dùng với --format",
    },
    "bad_id": {
        "en": "{id!r} is not a valid id: use lowercase letters and digits "
        "joined by single hyphens, at most 80 characters, such as data-analyst",
        "vi": "{id!r} không phải mã hợp lệ: dùng chữ thường và chữ số "
        "nối bằng một dấu gạch nối, tối đa 80 ký tự, ví dụ data-analyst",
    },
    "exists": {
        "en": "{path} already exists; use --force to replace it",
        "vi": "{path} đã có; dùng --force để ghi đè",
    },
    "cannot_write": {
        "en": "cannot write in {path}: {reason}",
        "vi": "không ghi được vào {path}: {reason}",
    },
    "bad_lang_env": {
        "en": "warning: CAREERPATH_LANG={value!r} is neither en nor vi; it is ignored",
        "vi": "cảnh báo: CAREERPATH_LANG={value!r} không phải en hay vi; bỏ qua",
    },
    "nothing_to_practise": {
        "en": "{role} has no interview question to practise",
        "vi": "{role} không có câu hỏi phỏng vấn nào để luyện",
    },
    "empty_query": {
        "en": "give words to search for (letters or digits)",
        "vi": "hãy cho từ cần tìm (chữ cái hoặc chữ số)",
    },
    "routes_capped": {
        "en": "note: stopped after looking at {work} partial routes; the routes shown are "
        "the best found, and there may be longer ones",
        "vi": "lưu ý: đã dừng sau khi xét {work} lộ trình dở dang; các lộ trình hiện ra là "
        "tốt nhất tìm được, có thể còn lộ trình dài hơn",
    },
    "skipped": {
        "en": "warning: skipped a file that cannot be read: {error}",
        "vi": "cảnh báo: đã bỏ qua một tệp không đọc được: {error}",
    },
    "no_folder": {
        "en": "{path} is not a folder; make it first",
        "vi": "{path} không phải thư mục; hãy tạo trước",
    },
    "data_dir_missing": {
        "en": "data directory {path!r} (from {origin}) does not exist",
        "vi": "thư mục dữ liệu {path!r} (từ {origin}) không tồn tại",
    },
    "data_dir_not_dir": {
        "en": "data directory {path!r} (from {origin}) is not a directory",
        "vi": "thư mục dữ liệu {path!r} (từ {origin}) không phải thư mục",
    },
    "data_dir_unreadable": {
        "en": "data directory {path!r} (from {origin}) cannot be read",
        "vi": "thư mục dữ liệu {path!r} (từ {origin}) không đọc được",
    },
    "interrupted": {"en": "interrupted", "vi": "đã dừng"},
    "bad_pay": {
        "en": "{option} {value!r}: write an amount, a currency and a period, "
        "such as 150m-vnd/year, 60k-usd/year or 20-usd/hour",
        "vi": "{option} {value!r}: ghi số tiền, loại tiền và kỳ hạn, "
        "ví dụ 150m-vnd/year, 60k-usd/year hoặc 20-usd/hour",
    },
    "pay_currencies": {
        "en": "--min-pay and --max-pay must be in the same currency",
        "vi": "--min-pay và --max-pay phải cùng một loại tiền",
    },
    "bad_source": {
        "en": "--source {value!r}: expected {choices}, or a data directory",
        "vi": "--source {value!r}: cần một trong {choices}, hoặc một thư mục dữ liệu",
    },
    "other_currency_left_out": {
        "en": "left out roles whose pay is in another currency ({currencies}): "
        "amounts are never converted to {currency}",
        "vi": "đã bỏ qua các vị trí có lương bằng loại tiền khác ({currencies}): "
        "số tiền không bao giờ được quy đổi sang {currency}",
    },
    "no_pay_left_out": {
        "en": "left out {n} role(s) with no pay to compare in {currency} per {period}",
        "vi": "đã bỏ qua {n} vị trí không có mức lương để so sánh theo {currency}/{period}",
    },
    "no_years_left_out": {
        "en": "left out {n} role(s) with no years of experience given "
        "(of their own or on a written ladder)",
        "vi": "đã bỏ qua {n} vị trí không có số năm kinh nghiệm "
        "(của chính vị trí hay trên một lộ trình được viết sẵn)",
    },
    "quiz_needs_terminal": {
        "en": "--quiz needs an interactive terminal; stdin is not one "
        "(give your interests with --interests CODE instead, such as --interests CES)",
        "vi": "--quiz cần một terminal tương tác; stdin không phải terminal "
        "(hãy cho sở thích bằng --interests CODE, ví dụ --interests CES)",
    },
    "quiz_no_format": {
        "en": "--quiz is interactive; it takes no --format",
        "vi": "--quiz là chế độ tương tác; không dùng với --format",
    },
    "quiz_and_interests": {
        "en": "--quiz finds your interests; leave out --interests",
        "vi": "--quiz sẽ tìm sở thích của bạn; hãy bỏ --interests",
    },
    "quiz_quit": {
        "en": "quiz left before the end; nothing was ranked",
        "vi": "đã rời bài trắc nghiệm trước khi xong; chưa xếp hạng gì",
    },
    "quiz_no_code": {
        "en": "no interest area scored a point: nothing to match on",
        "vi": "không nhóm sở thích nào có điểm: không có gì để so khớp",
    },
    "match_nothing": {
        "en": "give at least one of --interests, --years, --min-pay, --education",
        "vi": "hãy cho ít nhất một trong --interests, --years, --min-pay, --education",
    },
    "bad_interests": {
        "en": "--interests {value!r}: one to three different letters of RIASEC, such as CES",
        "vi": "--interests {value!r}: một đến ba chữ cái khác nhau trong RIASEC, ví dụ CES",
    },
    "bad_education": {
        "en": "--education {value!r}: choose {choices}",
        "vi": "--education {value!r}: hãy chọn {choices}",
    },
    "ambiguous_soc": {
        "en": "SOC {code} covers several occupations: {choices}; name one of them",
        "vi": "mã SOC {code} gồm nhiều nghề: {choices}; hãy chọn một",
    },
    "import_why_no_wages": {
        "en": " (no --wages file given)",
        "vi": " (không có tệp --wages)",
    },
    "import_why_codes": {
        "en": " (OEWS has no estimate for SOC {codes}; {manifest} lists each one)",
        "vi": " (OEWS không có số liệu cho mã SOC {codes}; {manifest} liệt kê từng nghề)",
    },
    "import_not_folder": {
        "en": "{path} exists and is not a folder",
        "vi": "{path} đã có và không phải thư mục",
    },
    "import_not_import": {
        "en": "{path} is not empty and is not an earlier careerpath import; "
        "use --force to replace it",
        "vi": "{path} không rỗng và không phải bản nhập trước của careerpath; "
        "dùng --force để thay thế",
    },
    "imported_frameworks": {
        "en": "imported {n} framework(s) into {path}: {ladders} ({steps} steps, "
        "{expectations} expectations); years and pay not given",
        "vi": "đã nhập {n} khung năng lực vào {path}: {ladders} ({steps} bậc, "
        "{expectations} kỳ vọng); không có số năm và mức lương",
    },
    "step_or_diff": {
        "en": "give a ladder, and either --step or --diff (not both)",
        "vi": "hãy cho một lộ trình, và --step hoặc --diff (không cả hai)",
    },
    "no_such_step": {
        "en": "ladder {ladder} has no step {step}; its steps: {steps}",
        "vi": "lộ trình {ladder} không có bậc {step}; các bậc: {steps}",
    },
    "step_needs_ladder": {
        "en": "--step and --diff take a ladder id, not a role: {name}",
        "vi": "--step và --diff cần mã lộ trình, không phải vị trí: {name}",
    },
    "framework_twice": {
        "en": "two frameworks would both be the ladder {id}; import them one by one with --out",
        "vi": "hai khung năng lực cùng thành lộ trình {id}; hãy nhập từng cái với --out",
    },
    "imported": {
        "en": "imported {occupations} occupations into {path}: {with_pay} with pay "
        "({own} from their own SOC code, {shared} from a SOC code shared with other "
        "occupations, {group} from their SOC group), {without} without pay{why}",
        "vi": "đã nhập {occupations} nghề vào {path}: {with_pay} có lương "
        "({own} theo mã SOC riêng, {shared} theo mã SOC chung với nghề khác, "
        "{group} theo nhóm SOC), {without} không có lương{why}",
    },
    "wrote": {"en": "wrote {path}", "vi": "đã ghi {path}"},
    "import_smaller": {
        "en": "{path} holds {old} occupations and this import {new}: a source cut short "
        "imports fewer; nothing was replaced (give --force to replace it anyway)",
        "vi": "{path} đang có {old} nghề, lần nhập này chỉ có {new}: nguồn bị cắt ngắn "
        "sẽ nhập thiếu; chưa thay gì cả (thêm --force để vẫn thay)",
    },
    "long_query": {
        "en": "the query is too long: search takes at most {words} words and {chars} characters",
        "vi": "từ khoá quá dài: tìm kiếm nhận tối đa {words} từ và {chars} ký tự",
    },
    "cache_cleared": {
        "en": "removed {files} files ({size}) from {folder}",
        "vi": "đã xoá {files} tệp ({size}) khỏi {folder}",
    },
    "title_needs_export": {
        "en": "--title names an export; give --export FILE too",
        "vi": "--title là tiêu đề của tệp xuất; hãy thêm --export FILE",
    },
    "output_failed": {
        "en": "cannot write the output: {reason}",
        "vi": "không ghi được kết quả: {reason}",
    },
    "output_closed": {
        "en": "cannot write the output: standard output is closed",
        "vi": "không ghi được kết quả: đầu ra chuẩn đã bị đóng",
    },
    "checked": {
        "en": "checked {files} file(s): {errors} error(s), {warnings} warning(s)",
        "vi": "đã kiểm tra {files} tệp: {errors} lỗi, {warnings} cảnh báo",
    },
    "internal": {
        "en": "internal error ({error}); set CAREERPATH_DEBUG=1 for the traceback "
        "and please report it",
        "vi": "lỗi nội bộ ({error}); đặt CAREERPATH_DEBUG=1 để xem traceback và hãy báo lỗi",
    },
}


def translate(table: dict[str, dict[str, str]], key: str, lang: str, **values: object) -> str:
    """``table[key]`` in ``lang`` (``en`` or ``vi``; English when missing), filled in."""
    text = table[key].get(lang) or table[key]["en"]
    return text.format(**values) if values else text


def say(key: str, lang: str, **values: object) -> str:
    """The message ``key`` in ``lang``, with ``values`` filled in."""
    return translate(MESSAGES, key, lang, **values)

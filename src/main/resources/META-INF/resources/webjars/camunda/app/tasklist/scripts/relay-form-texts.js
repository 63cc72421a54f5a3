// Relay CRM: Tasklist custom script (listed in config.js `customScripts`; Tasklist 7.24 imports it as an ES module
// from app/tasklist/, a script of our own origin, which the webapps' Content-Security-Policy allows: 'self' and
// 'strict-dynamic' from Tasklist's nonce'd bootstrap). It exports nothing (no plugin) and does three things:
//
// 1. Camunda Forms (form-js) writes its validation messages in English only ("Field is required." under the field),
//    and a dynamic list's buttons too ("Add new"). For a Tasklist in Chinese they are rewritten in Chinese. form-js (Preact) keeps the text node it rendered and
//    only sets its text again when the message changes, so the text is replaced in place (never the node) and a
//    MutationObserver translates each message whenever it is drawn or changed.
// 2. Tasklist keeps every submit error it is told of ("An error happened while submitting the task form", "The
//    process could not be started."): failed submits of a start form pile up. When an error notification appears,
//    the older ones of the same panel are closed through their own × (so Tasklist forgets them too); the newest is
//    the only one shown. Where it is shown (clear of Complete / Start) is styles/user-styles.css.
// 3. form-js's date pickers take their format from the browser's own locale (`new Intl.DateTimeFormat('default')`),
//    so a Chinese Tasklist in an English browser showed mm/dd/yyyy. For a Chinese Tasklist that one call (the
//    'default' locale, which only form-js's date picker asks for) answers as zh-CN: yyyy/m/d, as a Chinese browser
//    shows it. The value a form stores stays ISO (yyyy-mm-dd) either way.
//
// The language is Tasklist's own choice: the first of the browser's preferred languages, "zh" of zh-CN, zh-TW, ...
// (config.js `locales`), English otherwise.

const language = (navigator.languages && navigator.languages[0]) || navigator.language || '';
const chinese = language.split('-')[0].toLowerCase() === 'zh';

// form-js 1.x messages (lib/deps.js of the 7.24 webjar), first match wins
const zhMessages = [
  [/^Field is required\.$/, () => '此项为必填项。'],
  [/^Field must have minimum length of (.+)\.$/, n => `长度至少为 ${n} 个字符。`],
  [/^Field must have maximum length of (.+)\.$/, n => `长度不能超过 ${n} 个字符。`],
  [/^Field must have minimum value of (.+)\.$/, n => `数值不能小于 ${n}。`],
  [/^Field must have maximum value of (.+)\.$/, n => `数值不能大于 ${n}。`],
  [/^Field must match pattern (.+)\.$/s, p => `格式不正确，应符合 ${p}。`],
  [/^Field must be a valid email\.$/, () => '请输入有效的电子邮件地址。'],
  [/^Field must be a valid\s+international phone number\./, () => '请输入有效的国际电话号码（例如 +8613912345678）。'],
  [/^Value is not a number\.$/, () => '请输入数字。'],
  [/^Value is expected to be an integer\.$/, () => '请输入整数。'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, n => `最多 ${n} 位小数。`],
  [/^Please select a valid value, the two nearest valid values are (.+)\.$/,
    pair => `请输入有效的数值，最接近的有效值为 ${pair.replace(' and ', ' 和 ')}。`],
  [/^Date and time must both be entered\.$/, () => '日期和时间都需要填写。'],
  // a dynamic list's buttons (the report form's table of parts)
  [/^Add new$/, () => '添加一行'],
  [/^Collapse$/, () => '收起'],
  [/^Expand all \((\d+)\)$/, n => `全部展开（${n}）`]
];

/** The Chinese of a form-js message, or null when the text is none of them (or already Chinese). */
export function chineseOf(text) {
  const message = text.trim();
  for (const [pattern, words] of zhMessages) {
    const match = pattern.exec(message);
    if (match) {
      return words(match[1]);
    }
  }
  return null;
}

// form-js's own words: validation messages under fields, and a dynamic list's add / collapse buttons
const ERRORS = '.fjs-form-field-error, .fjs-repeat-render-add, .fjs-repeat-render-collapse';

/** The form-js error lists a mutation drew or changed: the one around its target, those among its added nodes. */
function errorListsOf(record) {
  const lists = new Set();
  const target = record.target.nodeType === Node.ELEMENT_NODE ? record.target : record.target.parentElement;
  const around = target && target.closest(ERRORS);
  if (around) {
    lists.add(around);
  }
  record.addedNodes.forEach(node => {
    if (node.nodeType === Node.ELEMENT_NODE) {
      if (node.matches(ERRORS)) {
        lists.add(node);
      }
      node.querySelectorAll(ERRORS).forEach(list => lists.add(list));
    }
  });
  return lists;
}

/** Replaces each message's text in place: form-js keeps the node and compares its own copy of the text. */
function translateErrors(list) {
  const walker = document.createTreeWalker(list, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const words = chineseOf(node.data);
    if (words !== null && node.data !== words) {
      node.data = words;
    }
  }
}

const NOTIFICATIONS = '[notifications-panel]';
const ERROR_ALERT = '.alert-danger, .alert-error';

/**
 * Closes all but the newest error of a notifications panel, through each one's own close button. Tasklist adds a
 * notification's "alert-danger" class a moment after the element (ngAnimate), so class changes are watched too.
 */
function keepNewestError(panel) {
  const errors = [...panel.querySelectorAll(ERROR_ALERT)].filter(alert => alert.closest(NOTIFICATIONS) === panel);
  for (const older of errors.slice(0, -1)) {
    // the panel's own ×: uib-alert draws a hidden close button of its own first
    const close = older.querySelector('button.close[ng-click^="removeNotification"]');
    if (close && !older.dataset.relayClosing) {
      older.dataset.relayClosing = 'true';
      close.click();
    }
  }
}

function panelsOf(node) {
  const panels = new Set();
  if (node.nodeType !== Node.ELEMENT_NODE) {
    return panels;
  }
  const enclosing = node.closest(NOTIFICATIONS);
  if (enclosing) {
    panels.add(enclosing);
  }
  node.querySelectorAll(NOTIFICATIONS).forEach(panel => panels.add(panel));
  return panels;
}

const observer = new MutationObserver(records => {
  const lists = new Set();
  const panels = new Set();
  for (const record of records) {
    if (chinese) {
      errorListsOf(record).forEach(list => lists.add(list));
    }
    const changedPanel = record.type === 'attributes' && record.target.closest(NOTIFICATIONS);
    if (changedPanel) {
      panels.add(changedPanel);
    }
    record.addedNodes.forEach(node => panelsOf(node).forEach(panel => panels.add(panel)));
  }
  lists.forEach(translateErrors);
  panels.forEach(keepNewestError);
});
observer.observe(document.documentElement, {
  childList: true, characterData: true, subtree: true, attributes: true, attributeFilter: ['class']
});

if (chinese && window.Intl && Intl.DateTimeFormat) {
  const BrowserDateTimeFormat = Intl.DateTimeFormat;
  const RelayDateTimeFormat = function DateTimeFormat(locales, options) {
    const chosen = locales === 'default' ? 'zh-CN' : locales;
    return new BrowserDateTimeFormat(chosen, options);
  };
  RelayDateTimeFormat.prototype = BrowserDateTimeFormat.prototype;
  RelayDateTimeFormat.supportedLocalesOf = BrowserDateTimeFormat.supportedLocalesOf;
  Intl.DateTimeFormat = RelayDateTimeFormat;
}

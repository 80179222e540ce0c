// Renders replies, listings, articles and help into a chat bubble. Untrusted text goes through textContent only.
(() => {
  'use strict';

  const { el, meta, safeLink, formatDate, commandButton } = window.NewsBotChat;

  // An answer with clickable [n] markers: each jumps to and highlights its source in the list below.
  function reply(bubble, data) {
    const messageId = bubble.parentElement.id;
    const parts = [];
    const citations = new Map((data.citations || []).map((c) => [c.n, c]));

    if (data.abstained) parts.push(el('span', 'badge notfound', 'Not found in the articles'));
    else if (data.sourcesDiffer) {
      const badge = el('span', 'badge differ', 'Sources differ');
      badge.title = 'The reports disagree; each side is shown with its own citation.';
      parts.push(badge);
    }

    const answer = el('p', 'answer');
    for (const stretch of spanPieces(String(data.answer || ''), data.spans)) {
      if (stretch.marked) { answer.append(el('strong', 'fact', stretch.text)); continue; }
      stretch.text.split(/\[(\d+)\]/).forEach((piece, i) => {
        if (i % 2 === 0) { if (piece) answer.append(document.createTextNode(piece)); return; }
        const n = Number(piece);
        if (!citations.has(n)) { answer.append(document.createTextNode('[' + piece + ']')); return; }
        const marker = el('button', 'cite', String(n));
        marker.type = 'button';
        marker.setAttribute('aria-label', 'Source ' + n);
        marker.dataset.target = messageId + '-s' + n;
        answer.append(marker);
      });
    }
    parts.push(answer);

    if (data.note) parts.push(el('p', 'note', data.note));

    if (citations.size > 0) {
      parts.push(el('h3', 'section', 'Sources'));
      const list = el('ol', 'sources');
      for (const c of citations.values()) {
        const item = el('li', 'source');
        item.id = messageId + '-s' + c.n;
        const head = el('div', 'source-head');
        const title = /^https?:\/\//i.test(c.url || '')
          ? safeLink(c.url, c.title || c.articleId)
          : commandButton(c.title || c.articleId, '/article ' + c.articleId, 'link title');
        head.append(el('span', 'num', String(c.n)), title);
        item.append(head, meta([formatDate(c.published), c.articleId]), el('blockquote', 'quote', c.quote));
        list.append(item);
      }
      parts.push(list);
    }

    if (data.abstained && (data.closest || []).length > 0) {
      parts.push(el('h3', 'section', 'Closest articles'));
      parts.push(articleList(data.closest));
    }
    bubble.replaceChildren(...parts);
  }

  // The asked-for fact: spans are UTF-16 offsets into the answer (as JS strings count), checked as the server's
  // SpanPieces checks them, so bad data (out of range, overlapping, cutting an emoji or a [n]) just shows plain.
  function spanPieces(text, spans) {
    const markers = [...text.matchAll(/\[\d+\]/g)].map((m) => [m.index, m.index + m[0].length]);
    const splitsPair = (at) => at > 0 && at < text.length && /[\uD800-\uDBFF]/.test(text[at - 1]) && /[\uDC00-\uDFFF]/.test(text[at]);
    const pieces = [];
    let at = 0;
    for (const span of Array.isArray(spans) ? spans : []) {
      if (!span || !Number.isInteger(span.start) || !Number.isInteger(span.length)) continue;
      let start = span.start;
      let end = span.start + span.length;
      if (start < 0 || span.length <= 0 || end > text.length) continue;
      while (start < end && /\s/.test(text[start])) start++;
      while (end > start && /\s/.test(text[end - 1])) end--;
      if (start === end || start < at || splitsPair(start) || splitsPair(end)
        || markers.some(([from, to]) => start < to && from < end)) continue;
      if (start > at) pieces.push({ text: text.slice(at, start), marked: false });
      pieces.push({ text: text.slice(start, end), marked: true });
      at = end;
    }
    if (at < text.length) pieces.push({ text: text.slice(at), marked: false });
    return pieces;
  }

  function articleList(items) {
    const list = el('ul', 'articles');
    for (const a of items) {
      const item = el('li');
      item.append(commandButton(a.title || a.id, '/article ' + a.id, 'link title'),
        meta([formatDate(a.published), a.source, a.id, (a.alsoAs || []).length > 0 ? 'also as ' + a.alsoAs.join(', ') : '']));
      list.append(item);
    }
    return list;
  }

  function articles(bubble, data) {
    const page = data.page;
    const filter = data.filter || '';
    const pages = Math.max(1, Math.ceil(page.total / page.pageSize));
    const heading = el('h3', 'section', filter ? 'Articles matching "' + filter + '"' : 'Articles');
    const parts = [heading];
    if (page.items.length === 0) parts.push(el('p', 'muted', page.total === 0 ? 'No articles.' : 'No articles on this page.'));
    else parts.push(articleList(page.items));

    const pager = el('div', 'pager');
    pager.append(el('span', 'muted', 'Page ' + page.page + ' of ' + pages + ' · ' + page.total + ' article' + (page.total === 1 ? '' : 's')));
    const suffix = filter ? ' ' + filter : '';
    if (page.page > 1) pager.append(commandButton('← Previous', '/articles ' + (page.page - 1) + suffix, 'ghost'));
    if (page.page < pages) pager.append(commandButton('Next →', '/articles ' + (page.page + 1) + suffix, 'ghost'));
    parts.push(pager);
    bubble.replaceChildren(...parts);
  }

  function article(bubble, data) {
    const a = data.article;
    if (!a) {
      const parts = [el('p', 'error', 'No article "' + data.id + '".')];
      if ((data.closestIds || []).length > 0) {
        const choices = el('div', 'chips');
        choices.append(el('span', 'muted', 'Did you mean'));
        for (const id of data.closestIds) choices.append(commandButton(id, '/article ' + id, 'chip'));
        parts.push(choices);
      }
      bubble.replaceChildren(...parts);
      return;
    }
    const title = el('h3', 'article-title');
    title.append(safeLink(a.url, a.title));
    bubble.replaceChildren(
      title,
      meta([formatDate(a.published), a.source, a.id, a.passageCount + ' passage' + (a.passageCount === 1 ? '' : 's')]),
      el('p', 'opening', a.openingPassage));
  }

  // Help text uses `code` spans; they become <code> elements built from text, not parsed HTML.
  function help(bubble, text) {
    const parts = [];
    for (const line of String(text).split('\n')) {
      if (!line.trim()) continue;
      const p = el('p', 'help-line');
      line.split(/`([^`]+)`/).forEach((piece, i) => p.append(i % 2 ? el('code', null, piece) : document.createTextNode(piece)));
      parts.push(p);
    }
    bubble.replaceChildren(...parts);
  }

  // A citation marker scrolls to its source and highlights it for a moment.
  document.addEventListener('click', (event) => {
    const marker = event.target.closest('button.cite');
    if (!marker) return;
    const source = document.getElementById(marker.dataset.target);
    if (!source) return;
    source.scrollIntoView({ behavior: 'smooth', block: 'nearest' });
    source.classList.remove('flash');
    void source.offsetWidth;
    source.classList.add('flash');
  });

  window.NewsBotRender = { reply, articles, article, help };
})();

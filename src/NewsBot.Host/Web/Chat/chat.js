// NewsBot web chat. Article text is untrusted: it only ever reaches the page through textContent,
// never innerHTML, and links are kept only when they are http(s).
(() => {
  'use strict';

  const log = document.getElementById('log');
  const form = document.getElementById('composer');
  const input = document.getElementById('question');
  const send = document.getElementById('send');
  const conversationKey = 'newsbot.conversationId';
  const conversationId = tabConversationId();
  let messages = 0;
  // The number of stories in the index (GET /api/articles' total), for "Searching 2,227 articles…"; null until known.
  let articleCount = null;

  // ---- small DOM helpers -------------------------------------------------------------------
  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function commandButton(label, command, className) {
    const button = el('button', className || 'link', label);
    button.type = 'button';
    button.dataset.command = command;
    return button;
  }

  function safeLink(url, text) {
    if (typeof url !== 'string' || !/^https?:\/\//i.test(url)) return el('span', 'title', text);
    const link = el('a', 'title', text);
    link.href = url;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    return link;
  }

  function formatDate(value) {
    if (!value) return '';
    const date = new Date(value);
    if (isNaN(date.getTime())) return '';
    return date.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
  }

  function meta(parts) {
    return el('span', 'meta', parts.filter(Boolean).join(' · '));
  }

  function scrollToEnd() {
    window.scrollTo({ top: document.body.scrollHeight, behavior: 'smooth' });
  }

  function tabConversationId() {
    // One conversation per browser tab (sessionStorage is per tab), so follow-up questions work.
    let id = sessionStorage.getItem(conversationKey);
    if (!id) {
      id = (window.crypto && crypto.randomUUID)
        ? crypto.randomUUID()
        : Date.now().toString(36) + Math.random().toString(36).slice(2);
      sessionStorage.setItem(conversationKey, id);
    }
    return id;
  }

  // ---- messages ----------------------------------------------------------------------------
  function addMessage(role, text) {
    document.getElementById('welcome')?.remove();
    const message = el('article', 'message ' + role);
    message.id = 'm' + (++messages);
    const body = el('div', 'bubble');
    if (text !== undefined) body.textContent = text;
    message.append(body);
    log.append(message);
    scrollToEnd();
    return body;
  }

  // ---- what is happening, and what went wrong, in words ----------------------------------
  async function refreshCount() {
    try {
      const response = await fetch('/api/articles?page=1', { headers: { 'Accept': 'application/json' } });
      if (response.ok) articleCount = (await response.json()).total;
    } catch {
      // Not fatal: the waiting line then says "Searching the articles…".
    }
  }

  function searchingText() {
    if (typeof articleCount !== 'number') return 'Searching the articles…';
    return 'Searching ' + articleCount.toLocaleString() + (articleCount === 1 ? ' article…' : ' articles…');
  }

  function waitingText(text) {
    if (/^\/?articles\b/i.test(text)) return 'Loading the article list…';
    if (/^\/?article\b/i.test(text)) return 'Looking up the article…';
    if (/^\/?help\b/i.test(text)) return 'Loading help…';
    return searchingText();
  }

  function waiting(text) {
    return el('p', 'status', text);
  }

  async function problemOf(response) {
    let problem = null;
    try {
      problem = await response.json();
    } catch {
      // Not a ProblemDetails body (a proxy's page, say): the status alone is described.
    }
    const said = problem && (problem.detail || problem.title);
    if (response.status === 429 || response.status === 503)
      return new Error('NewsBot is busy right now. Wait a moment, then try again.');
    if (response.status >= 500)
      return new Error('NewsBot ran into a problem on the server while answering (HTTP ' + response.status + '). Try again; if it keeps failing, the server log says why.');
    return new Error(said || ('NewsBot could not take that request (HTTP ' + response.status + ').'));
  }

  function describe(error) {
    // fetch() rejects with a TypeError ("Failed to fetch") when no answer came at all.
    if (error instanceof TypeError) return 'Could not reach NewsBot: the server did not answer. Check that it is still running, then try again.';
    return (error && error.message) || String(error);
  }

  function showFailure(bubble, text, error) {
    const retry = el('button', 'retry', 'Try again');
    retry.type = 'button';
    retry.addEventListener('click', () => {
      if (send.disabled) return;
      if (input.value === text) { input.value = ''; grow(); }
      attempt(text, bubble);
    });
    bubble.replaceChildren(el('p', 'error', describe(error)), retry);
    // The question stays at hand: back in the box (unless something new was typed meanwhile) and one click away.
    if (!input.value.trim()) { input.value = text; grow(); }
  }

  async function postJson(url, body) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw await problemOf(response);
    return response.json();
  }

  async function run(text) {
    text = text.trim();
    if (!text) return;
    addMessage('user', text);
    await attempt(text, addMessage('bot'));
  }

  async function attempt(text, bubble) {
    bubble.classList.add('pending');
    bubble.replaceChildren(waiting(waitingText(text)));
    setBusy(true);
    try {
      const result = await postJson('/api/command', { text });
      if (result.kind === 'ask') await ask(result.question, bubble);
      else if (result.kind === 'articles') window.NewsBotRender.articles(bubble, result);
      else if (result.kind === 'article') window.NewsBotRender.article(bubble, result);
      else window.NewsBotRender.help(bubble, result.help || '');
    } catch (error) {
      showFailure(bubble, text, error);
    } finally {
      bubble.classList.remove('pending');
      setBusy(false);
      scrollToEnd();
      input.focus();
      refreshCount();
    }
  }

  // ---- streaming answer (Server-Sent Events over fetch, since EventSource cannot POST) -----
  async function ask(question, bubble) {
    const live = el('p', 'answer live');
    // The waiting line shows until the first words of the answer stream in.
    bubble.replaceChildren(live, waiting(searchingText()));
    const response = await fetch('/api/ask/stream', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept': 'text/event-stream' },
      body: JSON.stringify({ question, conversationId }),
    });
    if (!response.ok) throw await problemOf(response);

    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    let reply = null;
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const event = parseEvent(buffer.slice(0, end));
        buffer = buffer.slice(end + 2);
        if (event.name === 'delta') {
          live.textContent += JSON.parse(event.data);
          scrollToEnd();
        } else if (event.name === 'reply') {
          reply = JSON.parse(event.data);
        } else if (event.name === 'error') {
          throw new Error(JSON.parse(event.data).title);
        }
      }
    }
    if (!reply) throw new Error('The answer stopped before it was complete: the connection to NewsBot was interrupted.');
    // The final, checked reply replaces the live text: it is what stays.
    window.NewsBotRender.reply(bubble, reply);
  }

  function parseEvent(raw) {
    const event = { name: 'message', data: '' };
    for (const line of raw.split('\n')) {
      if (line.startsWith('event:')) event.name = line.slice(6).trim();
      else if (line.startsWith('data:')) event.data += line.slice(5).trimStart();
    }
    return event;
  }

  // ---- input -------------------------------------------------------------------------------
  function setBusy(busy) {
    send.disabled = busy;
    form.classList.toggle('busy', busy);
  }

  function grow() {
    input.style.height = 'auto';
    input.style.height = Math.min(input.scrollHeight, 180) + 'px';
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (send.disabled) return;
    const text = input.value;
    input.value = '';
    grow();
    run(text);
  });

  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
  input.addEventListener('input', grow);

  // Buttons carrying a command (chips, article ids, pagers) run it as if typed.
  document.addEventListener('click', (event) => {
    const target = event.target.closest('button[data-command]');
    if (!target || send.disabled) return;
    run(target.dataset.command);
  });

  document.getElementById('new-chat').addEventListener('click', () => {
    sessionStorage.removeItem(conversationKey);
    location.reload();
  });

  window.NewsBotChat = { el, meta, safeLink, formatDate, commandButton };
  refreshCount();
  input.focus();
})();

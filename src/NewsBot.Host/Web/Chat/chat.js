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

  async function problemOf(response) {
    try {
      const problem = await response.json();
      return new Error(problem.detail || problem.title || ('HTTP ' + response.status));
    } catch {
      return new Error('The server answered ' + response.status + '.');
    }
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
    const bubble = addMessage('bot');
    bubble.classList.add('pending');
    setBusy(true);
    try {
      const result = await postJson('/api/command', { text });
      if (result.kind === 'ask') await ask(result.question, bubble);
      else if (result.kind === 'articles') window.NewsBotRender.articles(bubble, result);
      else if (result.kind === 'article') window.NewsBotRender.article(bubble, result);
      else window.NewsBotRender.help(bubble, result.help || '');
    } catch (error) {
      bubble.replaceChildren(el('p', 'error', error.message || String(error)));
    } finally {
      bubble.classList.remove('pending');
      setBusy(false);
      scrollToEnd();
      input.focus();
    }
  }

  // ---- streaming answer (Server-Sent Events over fetch, since EventSource cannot POST) -----
  async function ask(question, bubble) {
    const live = el('p', 'answer live');
    bubble.replaceChildren(live, el('span', 'typing', ''));
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
    if (!reply) throw new Error('The answer stream ended early. Please try again.');
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
  input.focus();
})();

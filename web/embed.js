// embed.html: fills the snippet with this server's address and copies it on request.
(() => {
  'use strict';
  const code = document.getElementById('snippet');
  const base = new URL('./', location.href).href;
  code.textContent = `<script src="${base}widget.js" defer></script>\n`
    + '<fenjie-search region="晋江市" placeholder="搜索政府工作任务"></fenjie-search>';
  const status = document.getElementById('copy-status');
  document.getElementById('copy-snippet').addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(code.textContent);
      status.textContent = '已复制到剪贴板';
    } catch (error) {
      const range = document.createRange();
      range.selectNodeContents(code);
      const selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      status.textContent = '请按 Ctrl+C 复制已选中的代码';
    }
  });
})();

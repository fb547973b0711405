-- An analyst's session in Neovim, scripted: the spec is open (editors/neovim/concord.lua started the
-- server); wait for its diagnostics, then hover, complete, rename (a taken name, then a free one), format,
-- and rename and format again after breaking the text. What Neovim got is written as JSON for the test.
local input = vim.fn.json_decode(vim.fn.readfile(os.getenv("CONCORD_SESSION_IN")))
local out = {}
local buf = vim.api.nvim_get_current_buf()
local wait_ms = 240000

local function request(client, method, params)
  local response, problem = client.request_sync(method, params, wait_ms, buf)
  if not response then
    error(method .. ": " .. tostring(problem))
  end
  return response
end

local function text()
  return table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), "\n") .. "\n"
end

local function session()
  if not vim.wait(wait_ms, function() return #vim.diagnostic.get(buf) > 0 end, 50) then
    error("no diagnostics arrived; clients: " .. #vim.lsp.get_active_clients())
  end
  local client = vim.lsp.get_active_clients()[1]
  local document = { uri = vim.uri_from_bufnr(buf) }
  out.diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    table.insert(out.diagnostics, { code = d.code or lsp.code, source = d.source, line = d.lnum,
      href = lsp.codeDescription and lsp.codeDescription.href or vim.NIL })
  end

  local hover = request(client, "textDocument/hover", { textDocument = document, position = input.hover })
  out.hover = hover.result and hover.result.contents.value or vim.NIL

  local completion = request(client, "textDocument/completion", { textDocument = document, position = input.completion })
  local items = completion.result and (completion.result.items or completion.result) or {}
  out.completion = {}
  for _, item in ipairs(items) do
    table.insert(out.completion, item.label)
  end

  local taken = request(client, "textDocument/rename",
    { textDocument = document, position = input.rename, newName = input.takenName })
  out.takenRefusal = taken.err and taken.err.message or vim.NIL

  local renamed = request(client, "textDocument/rename",
    { textDocument = document, position = input.rename, newName = input.newName })
  if renamed.err then error("rename: " .. renamed.err.message) end
  vim.lsp.util.apply_workspace_edit(renamed.result, client.offset_encoding)
  out.renamed = text()

  vim.api.nvim_buf_set_lines(buf, input.squeezeLine, input.squeezeLine + 1, false, { input.squeezed })
  local formatted = request(client, "textDocument/formatting",
    { textDocument = document, options = { tabSize = 4, insertSpaces = false } })
  if formatted.err then error("format: " .. formatted.err.message) end
  vim.lsp.util.apply_text_edits(formatted.result, buf, client.offset_encoding)
  out.formatted = text()

  vim.api.nvim_buf_set_lines(buf, -1, -1, false, { "partnership {" })
  local format_broken = request(client, "textDocument/formatting",
    { textDocument = document, options = { tabSize = 4, insertSpaces = false } })
  out.formatRefusal = format_broken.err and format_broken.err.message or vim.NIL
  local rename_broken = request(client, "textDocument/rename",
    { textDocument = document, position = input.rename, newName = "Anything" })
  out.renameRefusal = rename_broken.err and rename_broken.err.message or vim.NIL
end

local ok, problem = pcall(session)
if not ok then
  out.error = tostring(problem)
end
vim.fn.writefile({ vim.fn.json_encode(out) }, os.getenv("CONCORD_SESSION_OUT"))
vim.cmd("qa!")

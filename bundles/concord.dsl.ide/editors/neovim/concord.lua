-- Concord's language server in Neovim 0.7 or later (Debian 12 ships 0.7.2).
-- Put this file in ~/.config/nvim/plugin/ and have `concord` on your PATH, or name the command:
--   vim.g.concord_command = { "/path/to/concord/bin/concord", "language-server" }
-- One server runs per project folder (the nearest folder with .git above the spec, else the current one),
-- so references across the specs of that folder resolve.

-- Lua's vim.filetype.add is missing before 0.8 (and ignored in 0.7 without g:do_filetype_lua); an autocmd works everywhere.
vim.cmd([[autocmd BufRead,BufNewFile *.partnership setfiletype partnership]])

local function project_folder(buf)
  local folder = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(buf), ":p:h")
  local git = vim.fn.finddir(".git", folder .. ";")
  return git ~= "" and vim.fn.fnamemodify(git, ":p:h:h") or vim.fn.getcwd()
end

local servers = {}

local function attach(args)
  -- <C-x><C-o> completes from the server (0.10 sets this itself; earlier versions need it)
  vim.bo[args.buf].omnifunc = "v:lua.vim.lsp.omnifunc"
  local root = project_folder(args.buf)
  local config = { name = "concord", cmd = vim.g.concord_command or { "concord", "language-server" }, root_dir = root }
  if vim.lsp.start then
    -- 0.8 and later find or start the server for this folder themselves
    vim.lsp.start(config, { bufnr = args.buf })
    return
  end
  -- 0.7: vim.lsp.start is missing; start_client once per folder and attach each buffer to it
  if not servers[root] or vim.lsp.client_is_stopped(servers[root]) then
    servers[root] = vim.lsp.start_client(config)
  end
  vim.lsp.buf_attach_client(args.buf, servers[root])
end

vim.api.nvim_create_autocmd("FileType", { pattern = "partnership", callback = attach })

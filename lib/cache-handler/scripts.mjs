// @ts-check
/**
 * The Lua the shared cache runs in Redis. Each operation is one script, so it is one round trip and
 * atomic, and every timestamp comes from Redis's own clock (TIME): instances with skewed clocks
 * still agree on whether an entry was stored before or after a tag was revalidated.
 *
 * An entry is a hash: v (the serialized value), m (when its computation began, Redis ms), t (its
 * tags as a JSON array), i (an id the writer gave this value, so a reader holding it need not fetch it). The tag index is one sorted set: member tag, score last revalidation (ms).
 */

const NOW_MS = `
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)
`;

/**
 * KEYS: entry, tag index. ARGV: the id of the copy the reader already holds ('' for none), then the
 * tags the reader adds (soft tags). Returns {1, now, m, v, i} (the entry), {2, now, m} (the entry is
 * the reader's copy: its value is not sent again) or {0, now} (missing or revalidated).
 */
export const GET_SCRIPT = `${NOW_MS}
local entry = redis.call('HMGET', KEYS[1], 'm', 't', 'i')
if not entry[1] then return {0, now} end
local since = tonumber(entry[1])
local tags = cjson.decode(entry[2])
for i = 2, #ARGV do tags[#tags + 1] = ARGV[i] end
local i = 1
while i <= #tags do
  local last = math.min(i + 499, #tags)
  local scores = redis.call('ZMSCORE', KEYS[2], unpack(tags, i, last))
  for _, score in ipairs(scores) do
    -- A tie counts as after: the read may have started just before the write it missed.
    if score and tonumber(score) >= since then
      redis.call('DEL', KEYS[1])
      return {0, now}
    end
  end
  i = last + 1
end
local id = entry[3] or ''
if ARGV[1] ~= '' and id == ARGV[1] then return {2, now, since} end
return {1, now, since, redis.call('HGET', KEYS[1], 'v'), id}
`;

/**
 * KEYS: entry. ARGV: value, tags JSON, began (Redis ms when the computation began, 0 = now),
 * lifetime ms, the value's id. The entry expires `lifetime` after it began, so its age as Next sees it never
 * exceeds its lifetime. Returns 1 when stored, 0 when it had already run out.
 */
export const SET_SCRIPT = `${NOW_MS}
local began = tonumber(ARGV[3])
if began <= 0 then began = now end
local expires = began + tonumber(ARGV[4])
if expires <= now then return 0 end
redis.call('HSET', KEYS[1], 'v', ARGV[1], 'm', string.format('%d', began), 't', ARGV[2], 'i', ARGV[5])
redis.call('PEXPIREAT', KEYS[1], string.format('%d', expires))
return 1
`;

/**
 * KEYS: tag index. ARGV: how long to remember a revalidation (ms), then the tags. Marks each tag
 * revalidated now and forgets revalidations older than every possible entry, keeping the index small.
 */
export const REVALIDATE_SCRIPT = `${NOW_MS}
local i = 2
while i <= #ARGV do
  local last = math.min(i + 499, #ARGV)
  local members = {}
  for j = i, last do
    members[#members + 1] = now
    members[#members + 1] = ARGV[j]
  end
  redis.call('ZADD', KEYS[1], unpack(members))
  i = last + 1
end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', string.format('(%d', now - tonumber(ARGV[1])))
return now
`;
